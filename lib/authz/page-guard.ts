import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getMembershipBySlug, type WorkspaceMembership } from "@/lib/workspaces/queries";
import { roleHasPermission, type Permission } from "./permissions";

export type PageAccess = { user: SessionUser; membership: WorkspaceMembership };

/**
 * For server-rendered pages: the same decision as the action wrapper, answered the way a page
 * answers (sign-in redirect, 404 for a workspace you are not in, 403 for a missing permission).
 * Read fresh on every request, so a removed member is refused on their next click.
 */
export async function requireWorkspacePage(options: { slug: string; permission?: Permission }): Promise<PageAccess> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const db = await getDb();
  const membership = await getMembershipBySlug(db, { slug: options.slug, userId: user.id });
  if (!membership) notFound();
  if (options.permission && !roleHasPermission(membership.role, options.permission)) forbidden();
  return { user, membership };
}
