import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { knowledgeSources } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { listPendingProposals, type PendingRuleProposal } from "./proposals";

/** What the Brand rules page shows for review: pending proposals with their guide's title, and the guides rules can be read from. */
export async function loadRuleProposalReview(db: Database, options: { workspaceId: string }): Promise<{
  proposals: (PendingRuleProposal & { sourceTitle: string })[];
  guides: { id: string; title: string }[];
}> {
  const proposals = await listPendingProposals(db, options);
  const guides = await db
    .select({ id: knowledgeSources.id, title: knowledgeSources.title })
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.workspaceId, options.workspaceId), eq(knowledgeSources.kind, "brand_voice"), eq(knowledgeSources.status, "ready")))
    .orderBy(asc(knowledgeSources.title));
  const sourceIds = [...new Set(proposals.map((proposal) => proposal.sourceId))];
  const titles = new Map(
    sourceIds.length === 0
      ? []
      : (
          await db
            .select({ id: knowledgeSources.id, title: knowledgeSources.title })
            .from(knowledgeSources)
            .where(and(eq(knowledgeSources.workspaceId, options.workspaceId), inArray(knowledgeSources.id, sourceIds)))
        ).map((row) => [row.id, row.title]),
  );
  return { proposals: proposals.map((proposal) => ({ ...proposal, sourceTitle: titles.get(proposal.sourceId) ?? "a removed source" })), guides };
}
