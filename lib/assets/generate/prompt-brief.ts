import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { CampaignBriefFacts } from "@/lib/campaigns/campaign-brief";
import type { BrandContext } from "./brand-context";
import type { BriefInput, PromptBrief } from "./brief";
import type { BriefProduct } from "./load-product";
import { utmFor } from "./utm";

export type PromptBriefOptions = {
  /** The campaign the brief is written in, as it applies to this brief (lib/campaigns/campaign-brief.ts). */
  campaign?: CampaignBriefFacts | null;
  /** "Another variant" 1–3 (the UTM `{variant}` is this + 1). */
  variant?: number;
  /** When the brief was made: season and year of a brief outside a campaign. */
  briefDate?: Date;
};
/**
 * Only product feed copy is keyed by the shop's product id; leaving it out of every other kind's
 * brief keeps their prompts (and cached answers) byte-identical to before it existed.
 */
function feedKey(kind: AssetKind, product: BriefProduct): { productId?: string | null } {
  return kind === "merchant-feed" ? { productId: product.externalId } : {};
}

/** The machine-readable brief for one asset kind (see PromptBriefSchema). */
export function promptBriefFor(kind: AssetKind, brief: BriefInput, brand: BrandContext, product: BriefProduct | null, options: PromptBriefOptions = {}): PromptBrief {
  const campaign = options.campaign ?? null;
  // A campaign brief's offer is a grounded fact; a brief outside a campaign has none (its goal may still name one, which then needs a source).
  const offer = campaign?.offer ? { offer: campaign.offer } : {};
  return {
    kind,
    language: brief.language,
    brandName: brand.brandName,
    product: product ? { sourceId: product.id, title: product.title, url: product.url, category: product.category, ...feedKey(kind, product) } : null,
    topic: brief.topic,
    audience: campaign?.audience ?? brief.audience,
    goal: brief.goal,
    tone: brief.tone,
    keywords: brief.keywords,
    finalUrl: brief.landingPageUrl ?? campaign?.landingPageUrl ?? product?.url ?? brand.siteUrl ?? "",
    utm: utmFor(kind, brief, product, {
      convention: brand.utmConvention,
      brandName: brand.brandName,
      campaign: campaign ? { code: campaign.code, startsOn: campaign.startsOn } : null,
      variant: options.variant,
      briefDate: options.briefDate ?? new Date(),
      bannedTerms: brand.rules.bannedTerms,
    }),
    knownUrls: brand.knownUrls,
    workspaceLanguages: brand.languages,
    brandRules: brand.rules,
    ...offer,
  };
}
