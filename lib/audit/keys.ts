import "server-only";
import { hkdfSync } from "node:crypto";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { env } from "@/lib/env";

export type AuditKey = { id: string; secret: Buffer };

/** The key that signs new entries, and every key that may have signed an older one. */
export type AuditKeyring = { signing: AuditKey; byId: ReadonlyMap<string, AuditKey> };

/** Key id of the key derived from the session secret when AUDIT_HMAC_KEYS is unset. */
export const AUTH_DERIVED_KEY_ID = "auth-derived";

export function buildAuditKeyring(keys: { id: string; secret: string | Buffer }[]): AuditKeyring {
  if (keys.length === 0) throw new Error("An audit keyring needs at least one key");
  const normalised = keys.map((key) => ({ id: key.id, secret: Buffer.isBuffer(key.secret) ? key.secret : Buffer.from(key.secret, "utf8") }));
  return { signing: normalised[0]!, byId: new Map(normalised.map((key) => [key.id, key])) };
}

/**
 * HKDF instead of the session secret itself: the audit key must not be usable to sign a
 * session, nor the other way round, even though one secret yields both.
 */
export function deriveAuditKeyFromAuthSecret(authSecret: string): AuditKey {
  const secret = Buffer.from(hkdfSync("sha256", authSecret, "brandpilot-audit-chain", "audit-hmac-v1", 32));
  return { id: AUTH_DERIVED_KEY_ID, secret };
}

let keyring: AuditKeyring | null = null;

/** The configured keyring (AUDIT_HMAC_KEYS, or the derived key), resolved once per process. */
export function currentAuditKeyring(): AuditKeyring {
  keyring ??= env.auditHmacKeys.length > 0 ? buildAuditKeyring(env.auditHmacKeys) : buildAuditKeyring([deriveAuditKeyFromAuthSecret(resolveAuthSecret())]);
  return keyring;
}

/**
 * Replaces the process's keyring (null: back to the configuration). Only for tests, which
 * prove rotation and foreign keys without restarting; lib/testing/audit-keys.ts wraps it.
 */
export function replaceAuditKeyringForTests(replacement: AuditKeyring | null): void {
  keyring = replacement;
}
