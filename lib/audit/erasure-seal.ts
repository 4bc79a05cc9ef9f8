import { createHmac, timingSafeEqual } from "node:crypto";
import { canonicalJson, type PersonalAuditFields } from "./hash";
import type { AuditKey, AuditKeyring } from "./keys";

/** What an erasure seal covers: which entry (id and its signed hash), when it was erased, and what it now says. */
export type ErasureSealFields = PersonalAuditFields & { id: string; hash: string; personalErasedAt: Date };

/**
 * `personal_erased_at` tells the verifier to stop rechecking the personal digest (the erased
 * values no longer match it, by design). Unsigned, that mark let anyone with UPDATE rights
 * rewrite who/IP/personal detail and mark the entry erased. The seal is an HMAC with the audit
 * key over the mark and the new values, so only a holder of the key can erase. Stored as
 * `keyId:hex`; the key id is inside the MAC too, so it cannot be swapped for another key's id.
 * Prefixed so it can never equal an entry signature or a personal digest.
 */
export function sealErasure(fields: ErasureSealFields, key: AuditKey): string {
  return `${key.id}:${erasureMac(fields, key)}`;
}

export type ErasureSealCheck = "valid" | "missing" | "unknown_key" | "mismatch";

export function checkErasureSeal(fields: ErasureSealFields, seal: string | null, keyring: AuditKeyring): { result: ErasureSealCheck; keyId?: string } {
  if (!seal) return { result: "missing" };
  const separator = seal.lastIndexOf(":");
  if (separator <= 0) return { result: "mismatch" };
  const keyId = seal.slice(0, separator);
  const key = keyring.byId.get(keyId);
  if (!key) return { result: "unknown_key", keyId };
  const expected = Buffer.from(erasureMac(fields, key), "utf8");
  const actual = Buffer.from(seal.slice(separator + 1), "utf8");
  const matches = expected.length === actual.length && timingSafeEqual(expected, actual);
  return { result: matches ? "valid" : "mismatch", keyId };
}

function erasureMac(fields: ErasureSealFields, key: AuditKey): string {
  const payload = canonicalJson({
    id: fields.id,
    hash: fields.hash,
    keyId: key.id,
    personalErasedAt: fields.personalErasedAt.toISOString(),
    actorLabel: fields.actorLabel,
    ip: fields.ip,
    detailPersonal: fields.detailPersonal,
  });
  return createHmac("sha256", key.secret).update("audit-erasure\n").update(payload).digest("hex");
}
