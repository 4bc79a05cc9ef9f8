import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { knowledgeSources } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { proposeRulesForSource } from "./proposals";

export type ProposalRun = { sourceId: string; proposed: number; extractor: string } | { sourceId: string; error: string };

/**
 * The ingestion hook: for each of the given sources that is a brand guide (role brand_voice) and
 * is ready, proposes the rules it states. One line after ingestion records its outcomes:
 *   await proposeRulesAfterIngestion(db, { workspaceId, sourceIds });
 * A failing extraction never fails the ingestion (the guide is indexed either way, and an admin
 * can ask again from the Brand rules page); each source's outcome is returned for the job's log.
 */
export async function proposeRulesAfterIngestion(db: Database, options: { workspaceId: string; sourceIds: string[] }): Promise<ProposalRun[]> {
  if (options.sourceIds.length === 0) return [];
  const guides = await db
    .select({ id: knowledgeSources.id })
    .from(knowledgeSources)
    .where(
      and(
        eq(knowledgeSources.workspaceId, options.workspaceId),
        inArray(knowledgeSources.id, [...new Set(options.sourceIds)]),
        eq(knowledgeSources.kind, "brand_voice"),
        eq(knowledgeSources.status, "ready"),
      ),
    );
  const runs: ProposalRun[] = [];
  for (const guide of guides) {
    try {
      runs.push({ sourceId: guide.id, ...(await proposeRulesForSource(db, { workspaceId: options.workspaceId, sourceId: guide.id, userId: null })) });
    } catch (error) {
      runs.push({ sourceId: guide.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return runs;
}
