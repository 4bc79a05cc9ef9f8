import "server-only";
import { and, eq } from "drizzle-orm";
import { memberships } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { AppError } from "@/lib/errors";
import { revokeTokensOfUser } from "@/lib/api-tokens/revoke-user-tokens";
import { assertAdminRemains, lockAdminRows, touchedNow } from "./admin-guard";

/**
 * Changes a member's role. An admin who stops being admin loses their service tokens (revoked in
 * this transaction: a service token answers to an admin owner, and must not revive if they are made
 * admin again). Personal tokens are kept: their rights are the member's current role ∩ scopes,
 * computed at every use, so they follow the new role down (or up) without being revoked.
 */
export async function changeMemberRole(
  db: Database,
  options: { workspaceId: string; userId: string; role: Role; revokedByUserId?: string },
): Promise<{ userId: string; previousRole: Role; role: Role; revokedTokenIds: string[] }> {
  return db.transaction(async (tx) => {
    // Admin rows first, then the target (see admin-guard).
    const adminIds = await lockAdminRows(tx, options.workspaceId);
    const [current] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, options.workspaceId), eq(memberships.userId, options.userId)))
      .for("update")
      .limit(1);
    if (!current) throw new AppError("not_found", { key: "members.personNotMemberWorkspace" });
    if (current.role === "admin" && options.role !== "admin") {
      assertAdminRemains(adminIds, options.userId);
    }
    await tx
      .update(memberships)
      .set({ role: options.role, updatedAt: touchedNow })
      .where(and(eq(memberships.workspaceId, options.workspaceId), eq(memberships.userId, options.userId)));
    const revokedTokenIds =
      current.role === "admin" && options.role !== "admin"
        ? await revokeTokensOfUser(tx, { userId: options.userId, workspaceId: options.workspaceId, kind: "service", revokedByUserId: options.revokedByUserId ?? null })
        : [];
    return { userId: options.userId, previousRole: current.role, role: options.role, revokedTokenIds };
  });
}
