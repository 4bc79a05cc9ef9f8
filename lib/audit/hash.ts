import { createHash, createHmac } from "node:crypto";
import type { AuditKey } from "./keys";

export const GENESIS_HASH = "0".repeat(64);
export const GLOBAL_CHAIN = "global";

/** The fields a keyed entry's HMAC covers: everything but the storage sequence number and the personal columns. */
export type HashedAuditFields = {
  id: string;
  chainKey: string;
  chainSeq: number;
  workspaceId: string | null;
  actorUserId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  detail: Record<string, unknown>;
  /** Stands in for the personal columns, which erasure may rewrite (see personalDigest below). */
  personalDigest: string;
  keyId: string;
  createdAt: Date;
  prevHash: string;
};

/** The erasable columns: who as shown to a person, the client IP, personal detail fields. */
export type PersonalAuditFields = {
  actorLabel: string | null;
  ip: string | null;
  detailPersonal: Record<string, unknown>;
};

/** Entries written before keyed hashing (key_id null): plain sha256 over every column, personal ones included. */
export type LegacyHashedAuditFields = Omit<HashedAuditFields, "personalDigest" | "keyId"> & {
  actorLabel: string | null;
  ip: string | null;
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

/**
 * HMAC-SHA256 of the previous hash and the entry. Without the key, which is not in the database,
 * nobody can produce a hash that verifies, so rewriting history and recomputing the chain shows.
 */
export function signAuditEntry(fields: HashedAuditFields, key: AuditKey): string {
  const payload = canonicalJson({ ...fields, createdAt: fields.createdAt.toISOString() });
  return createHmac("sha256", key.secret).update(fields.prevHash).update("\n").update(payload).digest("hex");
}

/**
 * Keyed, so the digest of a low-entropy value (an e-mail, an IPv4 address) cannot be reversed
 * by trying candidates; prefixed so it can never equal an entry signature.
 */
export function digestPersonalFields(fields: PersonalAuditFields, key: AuditKey): string {
  const payload = canonicalJson({ actorLabel: fields.actorLabel, ip: fields.ip, detailPersonal: fields.detailPersonal });
  return createHmac("sha256", key.secret).update("audit-personal\n").update(payload).digest("hex");
}

/** The unkeyed hash of entries from before keyed hashing; only verified, never written any more. */
export function legacyHashAuditEntry(fields: LegacyHashedAuditFields): string {
  const payload = canonicalJson({ ...fields, createdAt: fields.createdAt.toISOString() });
  return createHash("sha256").update(fields.prevHash).update("\n").update(payload).digest("hex");
}
