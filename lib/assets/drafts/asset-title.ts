import type { Asset } from "@/lib/assets/schemas/asset";
import { openingParagraph } from "@/lib/assets/validate/social-post";

const UNTITLED = "(untitled)";

const TITLE_MAX = 90;

/** A long opening paragraph cut at a word for a list entry. */
function shortTitle(text: string): string {
  if (text.length <= TITLE_MAX) return text;
  const cut = text.slice(0, TITLE_MAX);
  const space = cut.lastIndexOf(" ");
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, "")}…`;
}

/** What lists show for an asset: the SEO or feed title or the (first) headline. */
export function assetTitle(asset: Asset): string {
  const title = (() => {
    switch (asset.kind) {
      case "seo-page":
      case "article":
        return asset.title.text;
      case "google-rsa":
        return asset.headlines[0]?.text ?? "";
      case "meta-ad":
      case "linkedin-ad":
        return asset.headline.text;
      case "email":
        return asset.subject.text;
      // A post has no headline: its opening paragraph is what the feed shows first.
      case "linkedin-post":
      case "instagram-post":
      case "x-post":
        return shortTitle(openingParagraph(asset.text.text));
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
