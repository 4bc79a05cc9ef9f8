import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { knowledgeChunks, knowledgeSources } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { ChoosableRole, SourceRole } from "../source-roles";

/**
 * Changes what generation may take from a source. The role is copied onto every chunk (retrieval
 * filters chunks by it in SQL), so the change applies to the next retrieval, with no re-ingestion.
 * Products from a feed keep their role: they are re-imported from the feed, and the feed decides.
 * A document may be product data too (a spec sheet); only feed products are briefable products.
 */
export async function changeSourceRole(
  tx: Database,
  options: { workspaceId: string; sourceId: string; role: ChoosableRole },
): Promise<{ sourceId: string; title: string; previousRole: SourceRole; role: ChoosableRole }> {
  const [source] = await tx
    .select({ id: knowledgeSources.id, title: knowledgeSources.title, kind: knowledgeSources.kind, origin: knowledgeSources.origin })
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.workspaceId, options.workspaceId), eq(knowledgeSources.id, options.sourceId)));
  if (!source) throw new AppError("not_found", { key: "knowledge.sourceDoesNotExist" });
  if (source.origin === "product_feed" && options.role !== "product") {
    throw new AppError("invalid_input", { key: "knowledge.productsFromFeedAlways" });
  }
  if (source.kind !== options.role) {
    await tx.update(knowledgeSources).set({ kind: options.role, updatedAt: sql`now()` }).where(eq(knowledgeSources.id, source.id));
    await tx
      .update(knowledgeChunks)
      .set({ kind: options.role })
      .where(and(eq(knowledgeChunks.workspaceId, options.workspaceId), eq(knowledgeChunks.sourceId, source.id)));
  }
  return { sourceId: source.id, title: source.title, previousRole: source.kind, role: options.role };
}
