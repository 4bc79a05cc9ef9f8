import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { knowledgeChunks, knowledgeSources } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Asset } from "@/lib/assets/schemas/asset";
import type { AssetValidationContext } from "@/lib/assets/validate/validate-asset";
import { citedFields } from "@/lib/assets/validate/cited-fields";
import { loadBrandContext } from "@/lib/assets/generate/brand-context";
import type { BrandRuleContext } from "@/lib/assets/validate/brand-rules";
import { loadAssetCampaignFacts } from "@/lib/campaigns/asset-campaign";

/** The brand-rule context beyond the rules themselves (compliance calls it RuleSubject). */
type RuleSubject = Required<Omit<BrandRuleContext, "rules">>;

/**
 * What brand rules need to know about an asset beyond its text, as generation knew it
 * (prepare-generation.ts): the product's category (category-conditioned disclaimers) and the
 * brand and product names (kept capitalised by the sentence-case rule). Unlike generation, a
 * product retired or reclassified since is still read: an edit of an existing asset is checked
 * against the product it is about, and must not fail because the feed moved on.
 */
export async function loadRuleSubject(db: Database, options: { workspaceId: string; productSourceId: string | null; brandName: string }): Promise<RuleSubject> {
  return ruleSubjectOf(await loadSubjectProduct(db, options), options.brandName);
}

function ruleSubjectOf(product: { title: string; category: string | null } | null, brandName: string): RuleSubject {
  return {
    productCategory: product?.category ?? null,
    properNouns: [brandName, product?.title ?? ""].filter((name) => name !== ""),
  };
}

async function loadSubjectProduct(db: Database, options: { workspaceId: string; productSourceId: string | null }) {
  const [product] = options.productSourceId
    ? await db
        .select({ id: knowledgeSources.id, title: knowledgeSources.title, category: knowledgeSources.category })
        .from(knowledgeSources)
        .where(and(eq(knowledgeSources.workspaceId, options.workspaceId), eq(knowledgeSources.id, options.productSourceId), eq(knowledgeSources.kind, "product")))
    : [];
  return product ?? null;
}

/**
 * The feed id of the product product feed copy is about, which its `productId` must repeat. Read
 * like the rule subject: a product retired since still has the id its feed row was keyed by.
 */
async function loadFeedProductId(db: Database, options: { workspaceId: string; productSourceId: string | null }): Promise<string | null> {
  if (!options.productSourceId) return null;
  const [product] = await db
    .select({ externalId: knowledgeSources.externalId })
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.workspaceId, options.workspaceId), eq(knowledgeSources.id, options.productSourceId), eq(knowledgeSources.kind, "product")));
  return product?.externalId ?? null;
}

/**
 * The context to re-validate an edited asset: the brand's current rules and UTM convention, the
 * asset's rule subject (its product's category and names), its campaign (the UTM shape, the
 * offers an edit may state as given facts, and the ended ones that `previous`, the version the
 * edit starts from, did not state) and the text of every chunk it cites. Retired chunks
 * count too: a citation points at the version the claim was checked against, which stays readable
 * in the history.
 */
export async function loadValidationContext(
  db: Database,
  options: { workspaceId: string; asset: Asset; productSourceId: string | null; campaignId?: string | null; previous?: Asset | null },
): Promise<AssetValidationContext & RuleSubject> {
  const { workspaceId, asset } = options;
  const brand = await loadBrandContext(db, workspaceId);
  const product = await loadSubjectProduct(db, { workspaceId, productSourceId: options.productSourceId });
  const subject = ruleSubjectOf(product, brand.brandName);
  const campaign = await loadAssetCampaignFacts(db, { workspaceId, campaignId: options.campaignId ?? null, product, previous: options.previous ?? null });
  const ids = [...new Set(citedFields(asset).flatMap((field) => field.citations))];
  const rows = ids.length
    ? await db
        .select({ id: knowledgeChunks.id, text: knowledgeChunks.text })
        .from(knowledgeChunks)
        .where(and(eq(knowledgeChunks.workspaceId, workspaceId), inArray(knowledgeChunks.id, ids)))
    : [];
  return {
    chunks: new Map(rows.map((row) => [row.id, row.text])),
    knownUrls: new Set(brand.knownUrls.map((u) => u.url)),
    workspaceLanguages: brand.languages,
    brandRules: brand.rules,
    campaignOffers: campaign ? campaign.offers : null,
    endedOffers: campaign?.endedOffers ?? [],
    utm: { convention: brand.utmConvention, brandName: brand.brandName, campaign: campaign?.campaign ?? null },
    feedProductId: asset.kind === "merchant-feed" ? await loadFeedProductId(db, options) : null,
    ...subject,
  };
}
