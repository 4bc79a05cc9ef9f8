import "server-only";
import { and, asc, eq, inArray, isNull, ne } from "drizzle-orm";
import { knowledgeChunks } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";

const MAX_PASSAGES = 8;

/**
 * Brand-guide passages in the asset's language for the judge. Confidential chunks, chunks with
 * personal data and chunks the firewall held back never go to a hosted judge; retired ones are
 * an old guide.
 */
export async function loadGuidePassages(db: Database, options: { workspaceId: string; language: "de" | "en" }): Promise<string[]> {
  const rows = await db
    .select({ text: knowledgeChunks.text })
    .from(knowledgeChunks)
    .where(
      and(
        eq(knowledgeChunks.workspaceId, options.workspaceId),
        eq(knowledgeChunks.kind, "brand_voice"),
        eq(knowledgeChunks.language, options.language),
        isNull(knowledgeChunks.retiredAt),
        ne(knowledgeChunks.classification, "confidential"),
        eq(knowledgeChunks.holdsPersonalData, false),
        inArray(knowledgeChunks.firewallStatus, ["clean", "quarantined", "released"]),
      ),
    )
    .orderBy(asc(knowledgeChunks.sourceId), asc(knowledgeChunks.ordinal))
    .limit(MAX_PASSAGES);
  return rows.map((row) => row.text);
}
