import type { AssetKind } from "@/lib/assets/schemas/asset-kind";
import type { UtmConvention } from "./utm-convention-schema";

export type UtmSourceMedium = { source: string; medium: string };

/**
 * `utm_source`/`utm_medium` of each asset kind when the workspace's convention does not set them.
 * The one place per-kind UTM defaults live: a new asset kind adds its line here (the Record keeps
 * the list complete). Generation and the Admin → Brand editor read it; validation checks only the
 * pairs a workspace's convention sets.
 */
export const UTM_SOURCE_MEDIUM_DEFAULTS: Record<AssetKind, UtmSourceMedium> = {
  "seo-page": { source: "organic", medium: "seo" },
  "google-rsa": { source: "google", medium: "cpc" },
  "meta-ad": { source: "meta", medium: "paid_social" },
  "linkedin-ad": { source: "linkedin", medium: "paid_social" },
  email: { source: "newsletter", medium: "email" },
  // Links in and to the brand's own blog: owned content, found through search or shared.
  article: { source: "blog", medium: "content" },
  // Organic posts: "social", not "paid_social", so reports keep unpaid reach apart from ad spend.
  "linkedin-post": { source: "linkedin", medium: "social" },
  "instagram-post": { source: "instagram", medium: "social" },
  "x-post": { source: "x", medium: "social" },
  // Feed copy carries no link of its own (the feed's link attribute does); the brief still has one.
  "merchant-feed": { source: "google", medium: "shopping" },
};

/** Source and medium of `kind` under the convention: its own row, else the default. */
export function sourceMediumFor(convention: UtmConvention, kind: AssetKind): UtmSourceMedium {
  return convention.sourceMedium[kind] ?? UTM_SOURCE_MEDIUM_DEFAULTS[kind];
}
