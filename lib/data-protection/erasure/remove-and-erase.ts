import "server-only";
import { appendAuditEntry } from "@/lib/audit/append";
import type { Database } from "@/lib/db/types";
import { removeMember } from "@/lib/members/remove-member";
import { describeErasureForAudit, ERASURE_AUDIT_ACTION } from "./audit-detail";
import { erasePersonalData, type ErasureReport } from "./erase-personal-data";

/**
 * "Remove, and also erase their personal data": both or neither (pass the action's transaction).
 * The removal is audited by the caller's action; the erasure gets its own `member.erase` entry,
 * the same one a later erasure of a former member gets, so the audit log reads the same either way.
 */
export async function removeMemberAndErase(
  tx: Database,
  options: { workspaceId: string; userId: string; erasedBy: { id: string; email: string } },
): Promise<{ previousRole: string; revokedTokenIds: string[]; erasure: ErasureReport }> {
  const removed = await removeMember(tx, { workspaceId: options.workspaceId, userId: options.userId, revokedByUserId: options.erasedBy.id });
  const erasure = await erasePersonalData(tx, { workspaceId: options.workspaceId, userId: options.userId, erasedBy: options.erasedBy.id });
  await appendAuditEntry(tx, {
    workspaceId: options.workspaceId,
    actorUserId: options.erasedBy.id,
    actorLabel: options.erasedBy.email,
    action: ERASURE_AUDIT_ACTION,
    targetType: "user",
    targetId: options.userId,
    outcome: "success",
    detail: describeErasureForAudit(erasure),
  });
  return { previousRole: removed.previousRole, revokedTokenIds: removed.revokedTokenIds, erasure };
}
