import type { AssetKind } from "@/lib/assets/schemas/asset";

/*
 * Labels of the asset kinds, what generation produces (code never says "channel" for them: in KPI
 * code that is the ad platform; the form still shows "Channels", the word marketers use). The labels
 * double as accessible names (checkboxes, result sections, announcements), so end-to-end tests and
 * screen-reader users see the same words. A Record keeps the list complete when a new asset kind is
 * added: the type check fails until it gets a label.
 */
export const ASSET_KIND_LABELS: Record<AssetKind, string> = {
  "seo-page": "SEO page",
  "google-rsa": "Google responsive search ad",
  "meta-ad": "Meta ad",
  "linkedin-ad": "LinkedIn ad",
};

export const ASSET_KIND_ORDER: readonly AssetKind[] = ["seo-page", "google-rsa", "meta-ad", "linkedin-ad"];

/** Own check instead of `isAssetKind` so the client bundle does not pull in the zod schemas. */
export function isKnownAssetKind(value: unknown): value is AssetKind {
  return typeof value === "string" && Object.hasOwn(ASSET_KIND_LABELS, value);
}
