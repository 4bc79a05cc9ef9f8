import type { Asset } from "@/lib/assets/schemas/asset";
import { checkGoogleRsa } from "./google-rsa";
import { checkLinkedInAd } from "./linkedin-ad";
import { checkMerchantFeed, type MerchantFeedContext } from "./merchant-feed";
import { checkMetaAd } from "./meta-ad";
import { checkSeoPage, type SeoPageContext } from "./seo-page";
import type { ValidationIssue } from "./types";

export type PlatformContext = SeoPageContext &
  MerchantFeedContext & {
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
    case "merchant-feed":
      return checkMerchantFeed(asset, context);
  }
}
