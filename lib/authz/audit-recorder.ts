/**
 * Lets a handler say which record it touched and what matters about the change; the action
 * wrapper writes the audit entry from it. Kept tiny so handlers cannot forget the rest.
 * Account, instance and public actions have no workspace of their own: `workspace()` files their
 * entry in the chain of the workspace they changed (an accepted invitation, a created workspace),
 * and `actor()` names who acted when the caller had no session yet (first-run setup, a reset link).
 */
export type AuditRecorder = {
  target(type: string, id: string): void;
  detail(values: Record<string, unknown>): void;
  workspace(id: string): void;
  actor(id: string, label: string): void;
  readonly snapshot: {
    targetType: string | null;
    targetId: string | null;
    detail: Record<string, unknown>;
    workspaceId: string | null;
    actor: { id: string; label: string } | null;
  };
};

export function createAuditRecorder(): AuditRecorder {
  const snapshot: AuditRecorder["snapshot"] = { targetType: null, targetId: null, detail: {}, workspaceId: null, actor: null };
  return {
    target(type, id) {
      snapshot.targetType = type;
      snapshot.targetId = id;
    },
    detail(values) {
      Object.assign(snapshot.detail, values);
    },
    workspace(id) {
      snapshot.workspaceId = id;
    },
    actor(id, label) {
      snapshot.actor = { id, label };
    },
    snapshot,
  };
}
