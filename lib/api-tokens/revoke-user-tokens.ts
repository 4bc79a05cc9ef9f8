import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { apiTokens } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";

/**
 * Revokes a person's live tokens when their access ends: removal from a workspace, losing admin
 * (service tokens only), an account disabled by erasure. Pass the transaction of that change, so
 * access and tokens end together. Without it a token refused today (membership gone) would work
 * again after a re-invitation, and a demoted admin's service token after a re-promotion.
 * Returns the ids revoked, for the caller's audit entry.
 */
export async function revokeTokensOfUser(
  tx: Database,
  options: { userId: string; workspaceId?: string; kind?: "personal" | "service"; revokedByUserId: string | null },
): Promise<string[]> {
  const rows = await tx
    .update(apiTokens)
    .set({ revokedAt: new Date(), revokedByUserId: options.revokedByUserId })
    .where(
      and(
        eq(apiTokens.userId, options.userId),
        isNull(apiTokens.revokedAt),
        options.workspaceId === undefined ? undefined : eq(apiTokens.workspaceId, options.workspaceId),
        options.kind === undefined ? undefined : eq(apiTokens.kind, options.kind),
      ),
    )
    .returning({ id: apiTokens.id });
  return rows.map((row) => row.id);
}
