/*
 * SYNTHETIC evaluation content: Spurwerk Rad & Service is a fictional e-bike accessories shop with a
 * workshop in Leipzig, made up for the brand-kit evaluation (lib/eval/brand-kit). Every product,
 * price, person and number in this folder is invented. The ".example" domain never resolves.
 * It is deliberately unlike the demo brands (outdoor apparel, coffee): the evaluation should prove
 * the pipeline works for a customer's kit, not for the content it was tuned on.
 */
export const SPURWERK_BRAND_NAME = "Spurwerk Rad & Service";

export const SPURWERK_SITE = { url: "https://spurwerk.example", languages: ["de", "en"] as const };

/** A page of the site, by path: the only shape a known URL of this kit has. */
export function spurwerkUrl(path: string): string {
  return `${SPURWERK_SITE.url}${path}`;
}
