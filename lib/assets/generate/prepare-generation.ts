import "server-only";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { AppError } from "@/lib/errors";
import type { RetrievedChunk } from "@/lib/knowledge/retrieve/retrieve";
import type { PlaceholderMap } from "@/lib/privacy/pii/redact";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { AssetValidationContext } from "@/lib/assets/validate/validate-asset";
import { buildInstructions, buildPrompt } from "@/lib/ai/tasks/generate-asset/prompt";
import { loadBrandContext, type BrandContext } from "./brand-context";
import type { BriefInput, PromptBrief } from "./brief";
import { loadProduct, type BriefProduct } from "./load-product";
import { needsProduct, productKindRefusal } from "./product-kinds";
import { promptBriefFor } from "./prompt-brief";
import { redactBrief } from "./redact-brief";
import { retrieveForBrief } from "./retrieve-for-brief";

export type BriefContext = {
  brief: BriefInput;
  redactions: number;
  /** Placeholder → the value typed into the brief; in memory for this request only. */
  placeholders: PlaceholderMap;
  brand: BrandContext;
  product: BriefProduct | null;
  chunks: RetrievedChunk[];
};

export type PreparedGeneration = {
  brief: BriefInput;
  redactions: number;
  /** Placeholder → the value typed into the brief: restored in the model's output before validation. */
  placeholders: PlaceholderMap;
  brand: BrandContext;
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
  const { brief, redactions, placeholders } = redactBrief(options.brief, { keep: [product?.title, brand.brandName].filter((k): k is string => Boolean(k)) });
  const query = [product?.title, brief.topic, brief.keywords.join(" "), brief.goal].filter(Boolean).join(" ").trim();
  if (!query) throw new AppError("invalid_input", "Choose a product or give a topic.");
  const chunks = await retrieveForBrief(db, { workspaceId: options.workspaceId, role: options.role, query, productSourceId: brief.productSourceId });
  return { brief, redactions, placeholders, brand, product, chunks };
}

/** Everything before the model call for one asset kind: the shared brief context and its prompt. */
export async function prepareGeneration(
  db: Database,
  options: { workspaceId: string; role: Role; brief: BriefInput; kind: AssetKind; briefContext?: BriefContext; variant?: number },
): Promise<PreparedGeneration> {
  const { brief, redactions, placeholders, brand, product, chunks } = options.briefContext ?? (await loadBriefContext(db, options));
  // The route refuses such a brief first; batches, campaigns and field rewrites arrive here too.
  if (needsProduct(options.kind) && !product) throw new AppError("invalid_input", productKindRefusal({ productSourceId: null, assetKinds: [options.kind] })!);
  // Variant 0 is the first wording; leaving it out keeps the prompt of a first run byte-identical to before.
  const variant = options.variant ? { variant: options.variant } : {};
  const promptBrief = { ...promptBriefFor(options.kind, brief, brand, product), ...variant };
  return {
    brief,
    redactions,
    placeholders,
    brand,
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
    },
  };
}
