import type { AssetKind } from "@/lib/assets/schemas/asset";
import { normalizeUtmValue } from "@/lib/assets/schemas/utm";
import type { BriefInput, PromptBrief } from "./brief";
import type { BriefProduct } from "./load-product";

const UTM_FOR_KIND: Record<AssetKind, { source: string; medium: string }> = {
  "seo-page": { source: "organic", medium: "seo" },
  "google-rsa": { source: "google", medium: "cpc" },
  "meta-ad": { source: "meta", medium: "paid_social" },
  "linkedin-ad": { source: "linkedin", medium: "paid_social" },
  // Feed copy carries no link of its own (the feed's link attribute does); the brief still has one.
  "merchant-feed": { source: "google", medium: "shopping" },
};

/** The UTM tags of an asset: source and medium by kind, campaign from the product (or topic), term from the first keyword. */
export function utmFor(kind: AssetKind, brief: BriefInput, product: BriefProduct | null): PromptBrief["utm"] {
  const campaign = normalizeUtmValue(product?.title ?? brief.topic).slice(0, 60) || "brandpilot";
  return { ...UTM_FOR_KIND[kind], campaign, content: kind.replace("-", "_"), term: brief.keywords[0] ? normalizeUtmValue(brief.keywords[0]) : null };
}
