import "server-only";
import { memberships, workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { slugProblem } from "./slug";

export type CreatedWorkspace = { id: string; slug: string; name: string };

/**
 * A new workspace with its first admin (the instance owner who creates it, or the first admin at
 * setup), so no workspace ever exists without someone who can manage its members.
 * Run inside the caller's transaction.
 */
export async function createWorkspace(
  tx: Database,
  options: { name: string; slug: string; adminUserId: string },
): Promise<CreatedWorkspace> {
  const name = options.name.trim();
  const slug = options.slug.trim();
  // The forms validate too; this keeps scripts and future callers to the same rules.
  const problem = slugProblem(slug);
  if (problem) throw new AppError("invalid_input", { key: `workspaces.slug.${problem.kind}`, params: problem.params });
  if (name.length < 2 || name.length > 80) throw new AppError("invalid_input", { key: "workspaces.workspaceNameHas2" });

  const id = createId("workspace");
  // The unique index decides between two concurrent creations of the same slug; archived
  // workspaces keep theirs, so an archived brand can be restored under its old URL.
  const inserted = await tx.insert(workspaces).values({ id, slug, name }).onConflictDoNothing().returning({ id: workspaces.id });
  if (inserted.length === 0) throw new AppError("conflict", { key: "workspaces.workspaceURLAlreadyTaken", params: { slug } });
  await tx.insert(memberships).values({ workspaceId: id, userId: options.adminUserId, role: "admin" });
  return { id, slug, name };
}
