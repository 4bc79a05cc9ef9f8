import "server-only";
import { and, eq } from "drizzle-orm";
import { memberships } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { AppError } from "@/lib/errors";
import { assertAdminRemains, lockAdminRows } from "./admin-guard";

/** Removes the membership only; the account and its history stay. Access ends on the next request. */
export async function removeMember(
  db: Database,
  options: { workspaceId: string; userId: string },
): Promise<{ userId: string; previousRole: Role }> {
  return db.transaction(async (tx) => {
    const adminIds = await lockAdminRows(tx, options.workspaceId); // before the target row (see admin-guard)
    const [current] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, options.workspaceId), eq(memberships.userId, options.userId)))
      .for("update")
      .limit(1);
    if (!current) throw new AppError("not_found", "This person is not a member of the workspace.");
    if (current.role === "admin") {
      assertAdminRemains(adminIds, options.userId);
    }
    await tx
      .delete(memberships)
      .where(and(eq(memberships.workspaceId, options.workspaceId), eq(memberships.userId, options.userId)));
    return { userId: options.userId, previousRole: current.role };
  });
}
