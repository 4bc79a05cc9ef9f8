import type { Asset } from "@/lib/assets/schemas/asset";
import { checkArticle, type ArticleContext } from "./article";
import { checkGoogleRsa } from "./google-rsa";
import { checkLinkedInAd } from "./linkedin-ad";
import { checkMetaAd } from "./meta-ad";
import { checkSeoPage } from "./seo-page";
import type { ValidationIssue } from "./types";

/** The SEO page's context plus what the article's word-count and transition rules read (ArticleContext extends SeoPageContext). */
export type PlatformContext = ArticleContext & {
  /** Workspace additions to the all-caps allow list (brand and product names). */
  allowedAbbreviations?: readonly string[];
};

/** The channel's own rules (limits, structure, editorial policy), dispatched by kind. */
export function checkPlatformRules(asset: Asset, context: PlatformContext): ValidationIssue[] {
  switch (asset.kind) {
    case "seo-page":
      return checkSeoPage(asset, context);
    case "google-rsa":
      return checkGoogleRsa(asset, { allowedAbbreviations: context.allowedAbbreviations });
    case "meta-ad":
      return checkMetaAd(asset);
    case "linkedin-ad":
      return checkLinkedInAd(asset);
    case "article":
      return checkArticle(asset, context);
  }
}
