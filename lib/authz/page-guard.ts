import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { hasSessionCookie, REQUEST_PATH_HEADER, signInPathFor } from "@/lib/auth/sign-in-redirect";
import { getDb } from "@/lib/db/client";
import { getMembershipBySlug, type WorkspaceMembership } from "@/lib/workspaces/queries";
import { roleHasPermission, type Permission } from "./permissions";

export type PageAccess = { user: SessionUser; membership: WorkspaceMembership };

/**
 * /login, then back to the page that was asked for. The path comes from the request (proxy.ts),
 * not from the caller: layouts run this guard too and only know their own segment, and a layout
 * and its page render in parallel, so both must compute the same target. `fallbackPath` is used
 * when the header is missing (server action requests skip the proxy).
 */
export async function redirectToSignIn(fallbackPath: string): Promise<never> {
  const [requestHeaders, requestCookies] = await Promise.all([headers(), cookies()]);
  const sessionEnded = hasSessionCookie(requestCookies.getAll().map((cookie) => cookie.name));
  redirect(
    signInPathFor({
      callbackPath: requestHeaders.get(REQUEST_PATH_HEADER) ?? fallbackPath,
      reason: sessionEnded ? "session_ended" : null,
    }),
  );
}

/**
 * For server-rendered pages: the same decision as the action wrapper, answered the way a page
 * answers (sign-in redirect, 404 for a workspace you are not in, 403 for a missing permission).
 * Read fresh on every request, so a removed member is refused on their next click.
 */
export async function requireWorkspacePage(options: { slug: string; permission?: Permission }): Promise<PageAccess> {
  const user = await getCurrentUser();
  if (!user) return redirectToSignIn(`/${encodeURIComponent(options.slug)}`);
  const db = await getDb();
  const membership = await getMembershipBySlug(db, { slug: options.slug, userId: user.id });
  if (!membership) notFound();
  if (options.permission && !roleHasPermission(membership.role, options.permission)) forbidden();
  return { user, membership };
}
