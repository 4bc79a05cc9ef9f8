import "server-only";
import { and, eq } from "drizzle-orm";
import { memberships, users, workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Inviting a member again would only offer them a second role; change the role on the members list instead. */
export async function assertNotMember(db: Database, options: { workspaceId: string; email: string }): Promise<void> {
  const [member] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, options.workspaceId), eq(users.email, options.email)))
    .limit(1);
  if (member) throw new AppError("conflict", { key: "invitations.alreadyMember", params: { email: options.email, role: member.role } });
}

/** The names an invitation mail shows: the workspace and the admin who sent it. */
export async function loadInvitationNames(db: Database, options: { workspaceId: string; inviterUserId: string | null }) {
  const [workspace] = await db.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, options.workspaceId)).limit(1);
  if (!workspace) throw new AppError("not_found", { key: "invitations.workspaceDoesNotExist" });
  const [inviter] = options.inviterUserId
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, options.inviterUserId)).limit(1)
    : [];
  return { workspaceName: workspace.name, inviterName: inviter?.name ?? null };
}
