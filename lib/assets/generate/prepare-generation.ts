import "server-only";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { AppError } from "@/lib/errors";
import type { RetrievedChunk } from "@/lib/knowledge/retrieve/retrieve";
import type { PlaceholderMap } from "@/lib/privacy/pii/redact";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { AssetValidationContext } from "@/lib/assets/validate/validate-asset";
import { buildInstructions, buildPrompt } from "@/lib/ai/tasks/generate-asset/prompt";
import type { CampaignBriefFacts } from "@/lib/campaigns/campaign-brief";
import { resolveCampaignBrief } from "@/lib/campaigns/resolve-campaign-brief";
import { loadBrandContext, type BrandContext } from "./brand-context";
import type { BriefInput, PromptBrief } from "./brief";
import { loadProduct, type BriefProduct } from "./load-product";
import { needsProduct, productKindRefusalMessage } from "./product-kinds";
import { promptBriefFor } from "./prompt-brief";
import { redactBrief } from "./redact-brief";
import { LONG_FORM_BRAND_CHUNKS, retrieveForBrief } from "./retrieve-for-brief";

export type BriefContext = {
  brief: BriefInput;
  redactions: number;
  /** Placeholder → the value typed into the brief; in memory for this request only. */
  placeholders: PlaceholderMap;
  brand: BrandContext;
  product: BriefProduct | null;
  /** The campaign the brief is written in, applied to it (persona, landing page, offer); null outside one. */
  campaign: CampaignBriefFacts | null;
  chunks: RetrievedChunk[];
  /** The retrieval query the chunks answer: a long-form kind retrieves more for the same query. */
  query: string;
};

export type PreparedGeneration = {
  brief: BriefInput;
  redactions: number;
  /** Placeholder → the value typed into the brief: restored in the model's output before validation. */
  placeholders: PlaceholderMap;
  brand: BrandContext;
  campaign: CampaignBriefFacts | null;
  chunks: RetrievedChunk[];
  promptBrief: PromptBrief;
  instructions: string;
  prompt: string;
  validationContext: AssetValidationContext;
};

/**
 * What every asset kind of one brief shares: the redacted brief, brand context, product and the
 * retrieved sources. Loaded once per brief, not once per kind (a four-kind brief would
 * otherwise retrieve, embed and rerank the same query four times).
 */
export async function loadBriefContext(db: Database, options: { workspaceId: string; role: Role; brief: BriefInput }): Promise<BriefContext> {
  // The product is loaded first: its title and the brand's name are kept whatever they look like
  // ("Anna Trail Shoe" is a product, not a person).
  const brand = await loadBrandContext(db, options.workspaceId);
  const product = await loadProduct(db, options.workspaceId, options.brief.productSourceId);
  // Refused here, before any retrieval or model call: an unknown offer code, an ended offer, a language the campaign does not run in.
  const resolved = await resolveCampaignBrief(db, { workspaceId: options.workspaceId, brief: options.brief, product });
  // The campaign's persona and offer text go to the model with the brief, so they are redacted with it.
  const { brief, redactions, placeholders, campaign } = redactBrief(options.brief, { keep: [product?.title, brand.brandName].filter((k): k is string => Boolean(k)), campaign: resolved });
  const query = [product?.title, brief.topic, brief.keywords.join(" "), brief.goal].filter(Boolean).join(" ").trim();
  if (!query) throw new AppError("invalid_input", { key: "assets.chooseProductGiveTopic" });
  const chunks = await retrieveForBrief(db, { workspaceId: options.workspaceId, role: options.role, query, productSourceId: brief.productSourceId });
  return { brief, redactions, placeholders, brand, product, campaign, chunks, query };
}

/**
 * The passages one asset kind is written from: the brief's shared ones, and for the blog article
 * more for the same query (LONG_FORM_BRAND_CHUNKS), the shared ones first so every other kind's
 * best passages keep their place.
 */
async function chunksForKind(db: Database, kind: AssetKind, context: BriefContext, options: { workspaceId: string; role: Role }): Promise<RetrievedChunk[]> {
  if (kind !== "article") return context.chunks;
  const more = await retrieveForBrief(db, { workspaceId: options.workspaceId, role: options.role, query: context.query, productSourceId: context.brief.productSourceId, brandChunks: LONG_FORM_BRAND_CHUNKS });
  const seen = new Set(context.chunks.map((chunk) => chunk.chunkId));
  return [...context.chunks, ...more.filter((chunk) => !seen.has(chunk.chunkId))];
}

/** Everything before the model call for one asset kind: the shared brief context and its prompt. */
export async function prepareGeneration(
  db: Database,
  options: { workspaceId: string; role: Role; brief: BriefInput; kind: AssetKind; briefContext?: BriefContext; variant?: number },
): Promise<PreparedGeneration> {
  const context = options.briefContext ?? (await loadBriefContext(db, options));
  const { brief, redactions, placeholders, brand, product, campaign } = context;
  const chunks = await chunksForKind(db, options.kind, context, options);
  // The route refuses such a brief first; batches, campaigns and field rewrites arrive here too.
  if (needsProduct(options.kind) && !product) throw new AppError("invalid_input", productKindRefusalMessage({ productSourceId: null, assetKinds: [options.kind] })!);
  // Variant 0 is the first wording; leaving it out keeps the prompt of a first run byte-identical to before.
  const variant = options.variant ? { variant: options.variant } : {};
  const promptBrief = { ...promptBriefFor(options.kind, brief, brand, product, { campaign, variant: options.variant }), ...variant };
  return {
    brief,
    redactions,
    placeholders,
    brand,
    campaign,
    chunks,
    promptBrief,
    instructions: buildInstructions(promptBrief),
    prompt: buildPrompt(promptBrief, chunks),
    validationContext: {
      chunks: new Map(chunks.map((c) => [c.chunkId, c.text])),
      knownUrls: new Set(brand.knownUrls.map((u) => u.url)),
      workspaceLanguages: brand.languages,
      brandRules: brand.rules,
      productCategory: product?.category ?? null,
      feedProductId: product?.externalId ?? null,
      properNouns: [brand.brandName, product?.title ?? ""].filter((name) => name !== ""),
      // The marketer's own values, restored into the output: a phone number they asked for is
      // theirs, not a claim the sources must state.
      suppliedValues: [...placeholders.values()],
      // The campaign's offer is given too, but only as a whole (validate/offer-grounding.ts).
      campaignOffers: campaign ? (campaign.offer ? [campaign.offer] : []) : null,
      utm: { convention: brand.utmConvention, brandName: brand.brandName, campaign: campaign ? { code: campaign.code, startsOn: campaign.startsOn } : null },
    },
  };
}
