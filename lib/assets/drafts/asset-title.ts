import type { Asset } from "@/lib/assets/schemas/asset";

const UNTITLED = "(untitled)";

/** What lists show for an asset: the SEO or feed title or the (first) headline. */
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
      case "merchant-feed":
        return asset.title.text;
    }
  })();
  return title.trim() || UNTITLED;
}

/**
 * The library name after an edit: the name the asset got when it was generated, kept. Saving a
 * regenerated headline used to rename the asset to whatever the model wrote (once a sentence
 * fragment), and a list entry that changes name on every save cannot be found again. Only an
 * asset that never had a name takes one from its content.
 */
export function titleAfterEdit(storedTitle: string, content: Asset): string {
  return storedTitle.trim() && storedTitle !== UNTITLED ? storedTitle : assetTitle(content);
}
