/** The asset kinds, without their schemas (importable from client code at no bundle cost). */
export const ASSET_KINDS = ["seo-page", "google-rsa", "meta-ad", "linkedin-ad"] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];
