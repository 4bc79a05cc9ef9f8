import "server-only";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { retrieve, type RetrievedChunk } from "@/lib/knowledge/retrieve/retrieve";
import { FACT_BEARING_ROLES, GUIDE_ROLES } from "@/lib/knowledge/source-roles";

const PRODUCT_CHUNKS = 4;
const BRAND_CHUNKS = 6;
/**
 * A blog article runs to 800–2,000 words; six passages hold a few hundred. The article kind
 * retrieves this many on top of the brief's shared passages (prepare-generation.ts), so the
 * local writer has more to restate and a hosted model more to cite, without widening the prompt
 * of every ad generated from the same brief.
 */
export const LONG_FORM_BRAND_CHUNKS = 14;
const GUIDE_CHUNKS = 6;
// Published under the brand's name: generation never draws on confidential sources.
const PUBLISHABLE = ["public", "internal"] as const;
// With a product chosen, other products stay out: one product's price or material can never
// end up in another's ad.
const NON_PRODUCT_FACT_ROLES = FACT_BEARING_ROLES.filter((role) => role !== "product");

type BriefRetrieval = { workspaceId: string; role: Role; query: string };

/**
 * The facts a brief may use: the chosen product's own chunks, plus policy, campaign and published
 * page content relevant to the brief. Only fact-bearing roles (lib/knowledge/source-roles.ts):
 * brand guides are rules and voice, not copy, and internal notes never reach public text, so
 * neither is among the passages writers quote and cite.
 */
export async function retrieveForBrief(db: Database, options: BriefRetrieval & { productSourceId: string | null; brandChunks?: number }): Promise<RetrievedChunk[]> {
  const base = { workspaceId: options.workspaceId, viewer: { role: options.role }, purpose: "generation" as const, query: options.query };
  const productChunks = options.productSourceId
    ? await retrieve(db, { ...base, k: PRODUCT_CHUNKS, filters: { sourceIds: [options.productSourceId], kinds: ["product"], classifications: [...PUBLISHABLE] } })
    : [];
  const brandChunks = await retrieve(db, {
    ...base,
    k: options.brandChunks ?? BRAND_CHUNKS,
    filters: { classifications: [...PUBLISHABLE], kinds: [...(options.productSourceId ? NON_PRODUCT_FACT_ROLES : FACT_BEARING_ROLES)] },
  });
  const seen = new Set<string>();
  return [...productChunks, ...brandChunks].filter((chunk) => !seen.has(chunk.chunkId) && seen.add(chunk.chunkId));
}

/**
 * Passages of the brand guide relevant to the brief: for voice, tone and rules (prompt
 * instructions, judges, rule extraction), never for quoting or citing as copy. Confidential
 * guides stay out like every other generation input.
 */
export async function retrieveGuidePassages(db: Database, options: BriefRetrieval & { k?: number }): Promise<RetrievedChunk[]> {
  return retrieve(db, {
    workspaceId: options.workspaceId,
    viewer: { role: options.role },
    purpose: "generation",
    query: options.query,
    k: options.k ?? GUIDE_CHUNKS,
    filters: { classifications: [...PUBLISHABLE], kinds: [...GUIDE_ROLES] },
  });
}
