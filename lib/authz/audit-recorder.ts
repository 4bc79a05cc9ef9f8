/**
 * Lets a handler say which record it touched and what matters about the change; the action
 * wrapper writes the audit entry from it. Kept tiny so handlers cannot forget the rest.
 */
export type AuditRecorder = {
  target(type: string, id: string): void;
  detail(values: Record<string, unknown>): void;
  readonly snapshot: { targetType: string | null; targetId: string | null; detail: Record<string, unknown> };
};

export function createAuditRecorder(): AuditRecorder {
  const snapshot = { targetType: null as string | null, targetId: null as string | null, detail: {} as Record<string, unknown> };
  return {
    target(type, id) {
      snapshot.targetType = type;
      snapshot.targetId = id;
    },
    detail(values) {
      Object.assign(snapshot.detail, values);
    },
    snapshot,
  };
}
