import "server-only";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { retrieve, type RetrievedChunk } from "@/lib/knowledge/retrieve/retrieve";

const PRODUCT_CHUNKS = 4;
const BRAND_CHUNKS = 6;
// Published under the brand's name: generation never draws on confidential sources.
const PUBLISHABLE = ["public", "internal"] as const;
const NON_PRODUCT_KINDS = ["brand_voice", "policy", "campaign", "other"];

/**
 * The facts a brief may use: the chosen product's own chunks, plus brand and policy content
 * relevant to the brief. Other products stay out when a product is chosen, so one product's
 * price or material can never end up in another's ad.
 */
export async function retrieveForBrief(
  db: Database,
  options: { workspaceId: string; role: Role; query: string; productSourceId: string | null },
): Promise<RetrievedChunk[]> {
  const base = { workspaceId: options.workspaceId, viewer: { role: options.role }, purpose: "generation" as const, query: options.query };
  const productChunks = options.productSourceId
    ? await retrieve(db, { ...base, k: PRODUCT_CHUNKS, filters: { sourceIds: [options.productSourceId], classifications: [...PUBLISHABLE] } })
    : [];
  const brandChunks = await retrieve(db, {
    ...base,
    k: BRAND_CHUNKS,
    filters: { classifications: [...PUBLISHABLE], ...(options.productSourceId ? { kinds: NON_PRODUCT_KINDS } : {}) },
  });
  const seen = new Set<string>();
  return [...productChunks, ...brandChunks].filter((chunk) => !seen.has(chunk.chunkId) && seen.add(chunk.chunkId));
}
