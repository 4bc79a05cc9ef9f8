import "server-only";
import { appendAuditEntry } from "@/lib/audit/append";
import type { Database } from "@/lib/db/types";
import { isAppError } from "@/lib/errors";
import { authorizeAccount, authorizeInstanceOwner, authorizeWorkspaceAccess, type Actor, type WorkspaceAccess } from "./authorize";
import type { EntryPointScope } from "./entry-point-scope";
import { auditOutcomeForError } from "./outcome";
import type { Permission } from "./permissions";

/**
 * The authorization step of every action and route handler: the shared decision, plus an audit
 * entry for each refusal of a signed-in user. A refusal goes into the workspace's chain only for
 * its members; an outsider's probe goes to the global chain, so it cannot write into a workspace
 * it does not belong to.
 */
export async function authorizeEntryPoint(
  db: Database,
  options: { userId: string | null; workspaceId: string | null; permission: Permission; action: string },
): Promise<WorkspaceAccess> {
  try {
    return await authorizeWorkspaceAccess(db, options);
  } catch (error) {
    await auditRefusal(db, error, { ...options, scope: "workspace" });
    throw error;
  }
}

/** The same for entry points that act on the caller's own account or on the whole instance. */
export async function authorizeScopedEntryPoint(
  db: Database,
  options: { userId: string | null; scope: "account" | "instance"; action: string },
): Promise<Actor> {
  try {
    return options.scope === "instance" ? await authorizeInstanceOwner(db, options) : await authorizeAccount(db, options);
  } catch (error) {
    await auditRefusal(db, error, { ...options, workspaceId: null, permission: null });
    throw error;
  }
}

async function auditRefusal(
  db: Database,
  error: unknown,
  options: { userId: string | null; workspaceId: string | null; permission: Permission | null; action: string; scope: EntryPointScope },
) {
  if (!isAppError(error) || !options.userId) return;
  await appendAuditEntry(db, {
    workspaceId: error.code === "forbidden" ? options.workspaceId : null,
    actorUserId: options.userId,
    action: options.action,
    outcome: auditOutcomeForError(error.code),
    detail: { reason: error.code, scope: options.scope, permission: options.permission, requestedWorkspaceId: options.workspaceId },
  });
}
