import "server-only";
import { and, eq } from "drizzle-orm";
import { memberships } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { AppError } from "@/lib/errors";
import { assertAdminRemains, lockAdminRows, touchedNow } from "./admin-guard";

export async function changeMemberRole(
  db: Database,
  options: { workspaceId: string; userId: string; role: Role },
): Promise<{ userId: string; previousRole: Role; role: Role }> {
  return db.transaction(async (tx) => {
    // Admin rows first, then the target (see admin-guard).
    const adminIds = await lockAdminRows(tx, options.workspaceId);
    const [current] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, options.workspaceId), eq(memberships.userId, options.userId)))
      .for("update")
      .limit(1);
    if (!current) throw new AppError("not_found", "This person is not a member of the workspace.");
    if (current.role === "admin" && options.role !== "admin") {
      assertAdminRemains(adminIds, options.userId);
    }
    await tx
      .update(memberships)
      .set({ role: options.role, updatedAt: touchedNow })
      .where(and(eq(memberships.workspaceId, options.workspaceId), eq(memberships.userId, options.userId)));
    return { userId: options.userId, previousRole: current.role, role: options.role };
  });
}
