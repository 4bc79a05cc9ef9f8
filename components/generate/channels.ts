import type { AssetKind } from "@/lib/assets/schemas/asset";

/*
 * The channel labels double as accessible names (checkboxes, result sections, announcements),
 * so end-to-end tests and screen-reader users see the same words. A Record keeps the list
 * complete when a new asset kind is added: the type check fails until it gets a label.
 */
export const CHANNEL_LABELS: Record<AssetKind, string> = {
  "seo-page": "SEO page",
  "google-rsa": "Google responsive search ad",
  "meta-ad": "Meta ad",
  "linkedin-ad": "LinkedIn ad",
};

export const CHANNEL_ORDER: readonly AssetKind[] = ["seo-page", "google-rsa", "meta-ad", "linkedin-ad"];

/** Own check instead of `isAssetKind` so the client bundle does not pull in the zod schemas. */
export function isChannelKind(value: unknown): value is AssetKind {
  return typeof value === "string" && Object.hasOwn(CHANNEL_LABELS, value);
}
