import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);
export const GLOBAL_CHAIN = "global";

/** The fields an entry's hash covers: everything but the storage sequence number. */
export type HashedAuditFields = {
  id: string;
  chainKey: string;
  chainSeq: number;
  workspaceId: string | null;
  actorUserId: string | null;
  actorLabel: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  detail: Record<string, unknown>;
  ip: string | null;
  createdAt: Date;
  prevHash: string;
};

/** JSON with sorted keys: jsonb reorders keys, so the hash must not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function hashAuditEntry(fields: HashedAuditFields): string {
  const payload = canonicalJson({ ...fields, createdAt: fields.createdAt.toISOString() });
  return createHash("sha256").update(fields.prevHash).update("\n").update(payload).digest("hex");
}
