import "server-only";
import { forbidden } from "next/navigation";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { redirectToSignIn } from "@/lib/authz/page-guard";

/**
 * For instance administration pages: the same rule as instance actions (an active account that is
 * an instance owner, read from the database per request), answered the way a page answers.
 */
export async function requireInstanceOwnerPage(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) return redirectToSignIn("/instance/workspaces");
  if (!user.isInstanceOwner) forbidden();
  return user;
}
