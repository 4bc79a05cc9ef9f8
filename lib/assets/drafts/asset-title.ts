import type { Asset } from "@/lib/assets/schemas/asset";

/** What lists show for an asset: the SEO title or the (first) headline. */
export function assetTitle(asset: Asset): string {
  const title = (() => {
    switch (asset.kind) {
      case "seo-page":
        return asset.title.text;
      case "google-rsa":
        return asset.headlines[0]?.text ?? "";
      case "meta-ad":
      case "linkedin-ad":
        return asset.headline.text;
    }
  })();
  return title.trim() || "(untitled)";
}
