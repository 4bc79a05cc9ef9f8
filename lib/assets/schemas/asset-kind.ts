/**
 * The asset kinds, without their schemas (importable from client code at no bundle cost). An "asset
 * kind" is what generation produces; code says `kind`/`assetKind`, never "channel", which KPI code
 * would read as the ad platform an ad ran on (`AdPlatform` in lib/kpi/import/types.ts). The Generate
 * form still labels them "Channels", and a brand rule's disclaimer keeps its stored key `channel`.
 */
export const ASSET_KINDS = ["seo-page", "google-rsa", "meta-ad", "linkedin-ad", "email", "article", "linkedin-post", "instagram-post", "x-post", "merchant-feed"] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

/*
 * Labels of the asset kinds for people (managers read "Google responsive search ad", not
 * "google-rsa"). The labels double as accessible names in the Generate form, so end-to-end tests
 * and screen-reader users see the same words. A Record keeps the list complete when a kind is added.
 */
export const ASSET_KIND_LABELS: Record<AssetKind, string> = {
  "seo-page": "SEO page",
  "google-rsa": "Google responsive search ad",
  "meta-ad": "Meta ad",
  "linkedin-ad": "LinkedIn ad",
  email: "E-mail",
  article: "Blog article",
  "linkedin-post": "LinkedIn post",
  "instagram-post": "Instagram post",
  "x-post": "X post",
  "merchant-feed": "Product feed copy",
};
