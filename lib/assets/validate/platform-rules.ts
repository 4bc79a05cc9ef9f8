import type { Asset } from "@/lib/assets/schemas/asset";
import type { UtmContext } from "@/lib/campaigns/utm-check";
import { checkEmail } from "./email";
import { checkArticle, type ArticleContext } from "./article";
import { checkGoogleRsa } from "./google-rsa";
import { checkLinkedInAd } from "./linkedin-ad";
import { checkMerchantFeed, type MerchantFeedContext } from "./merchant-feed";
import { checkMetaAd } from "./meta-ad";
import { checkSeoPage, type SeoPageContext } from "./seo-page";
import { checkSocialPost } from "./social-post";
import type { ValidationIssue } from "./types";

/** The SEO page's context plus what the article's word-count and transition rules and the feed copy's product id read. */
export type PlatformContext = ArticleContext &
  MerchantFeedContext & {
  /** Workspace additions to the all-caps allow list (brand and product names). */
  allowedAbbreviations?: readonly string[];
  /**
   * The workspace's UTM convention, name and the asset's campaign: UTM values are checked in the
   * convention's spelling here and against its template once per asset (utm-convention.ts).
   * Absent: the built-in convention, no campaign.
   */
  utm?: UtmContext;
};

/** The channel's own rules (limits, structure, editorial policy), dispatched by kind. */
export function checkPlatformRules(asset: Asset, context: PlatformContext): ValidationIssue[] {
  switch (asset.kind) {
    case "seo-page":
      return checkSeoPage(asset, context);
    case "google-rsa":
      return checkGoogleRsa(asset, { allowedAbbreviations: context.allowedAbbreviations, utmConvention: context.utm?.convention });
    case "meta-ad":
      return checkMetaAd(asset, context.utm?.convention);
    case "linkedin-ad":
      return checkLinkedInAd(asset, context.utm?.convention);
    case "email":
      return checkEmail(asset, context.utm?.convention);
    case "article":
      return checkArticle(asset, context);
    case "linkedin-post":
    case "instagram-post":
    case "x-post":
      return checkSocialPost(asset);
    case "merchant-feed":
      return checkMerchantFeed(asset, context);
  }
}
