import type { AssetKind } from "@/lib/assets/schemas/asset";

// The labels live next to the kinds in lib, so the dashboard (lib/kpi) names kinds the same way.
export { ASSET_KIND_LABELS } from "@/lib/assets/schemas/asset-kind";
import { ASSET_KIND_LABELS } from "@/lib/assets/schemas/asset-kind";

export const ASSET_KIND_ORDER: readonly AssetKind[] = ["seo-page", "google-rsa", "meta-ad", "linkedin-ad", "email", "article", "linkedin-post", "instagram-post", "x-post", "merchant-feed"];

/** Own check instead of `isAssetKind` so the client bundle does not pull in the zod schemas. */
export function isKnownAssetKind(value: unknown): value is AssetKind {
  return typeof value === "string" && Object.hasOwn(ASSET_KIND_LABELS, value);
}
