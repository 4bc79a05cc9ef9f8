import "server-only";
import { forbidden } from "next/navigation";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { authorizeInstanceOwner } from "@/lib/authz/authorize";
import { redirectToSignIn } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";

/** For instance administration pages: the same check as instance actions, answered the way a page answers. */
export async function requireInstanceOwnerPage(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) return redirectToSignIn("/instance/workspaces");
  try {
    await authorizeInstanceOwner(await getDb(), { userId: user.id });
  } catch (error) {
    if (isAppError(error)) forbidden();
    throw error;
  }
  return user;
}

/** Whether to show the "Instance" link; read per request like roles, so a revoked owner loses it at once. */
export async function isCurrentUserInstanceOwner(userId: string): Promise<boolean> {
  try {
    await authorizeInstanceOwner(await getDb(), { userId });
    return true;
  } catch (error) {
    if (isAppError(error)) return false;
    throw error;
  }
}
