import "server-only";
import { and, eq } from "drizzle-orm";
import { memberships } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { AppError } from "@/lib/errors";
import { revokeTokensOfUser } from "@/lib/api-tokens/revoke-user-tokens";
import { assertAdminRemains, lockAdminRows } from "./admin-guard";

/**
 * Removes the membership and revokes the person's API tokens of this workspace (same transaction,
 * so a later re-invitation does not bring an old token back); the account and its history stay.
 * Access ends on the next request. `revokedByUserId`: the admin removing them, recorded on the tokens.
 */
export async function removeMember(
  db: Database,
  options: { workspaceId: string; userId: string; revokedByUserId?: string },
): Promise<{ userId: string; previousRole: Role; revokedTokenIds: string[] }> {
  return db.transaction(async (tx) => {
    const adminIds = await lockAdminRows(tx, options.workspaceId); // before the target row (see admin-guard)
    const [current] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, options.workspaceId), eq(memberships.userId, options.userId)))
      .for("update")
      .limit(1);
    if (!current) throw new AppError("not_found", { key: "members.personNotMemberWorkspace" });
    if (current.role === "admin") {
      assertAdminRemains(adminIds, options.userId);
    }
    await tx
      .delete(memberships)
      .where(and(eq(memberships.workspaceId, options.workspaceId), eq(memberships.userId, options.userId)));
    const revokedTokenIds = await revokeTokensOfUser(tx, {
      userId: options.userId,
      workspaceId: options.workspaceId,
      revokedByUserId: options.revokedByUserId ?? null,
    });
    return { userId: options.userId, previousRole: current.role, revokedTokenIds };
  });
}
