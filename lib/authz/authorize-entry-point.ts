import "server-only";
import { appendAuditEntry } from "@/lib/audit/append";
import type { Database } from "@/lib/db/types";
import { isAppError } from "@/lib/errors";
import { authorizeWorkspaceAccess, type WorkspaceAccess } from "./authorize";
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
    if (isAppError(error) && options.userId) {
      await appendAuditEntry(db, {
        workspaceId: error.code === "forbidden" ? options.workspaceId : null,
        actorUserId: options.userId,
        action: options.action,
        outcome: auditOutcomeForError(error.code),
        detail: { reason: error.code, permission: options.permission, requestedWorkspaceId: options.workspaceId },
      });
    }
    throw error;
  }
}
