import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * API tokens look like `bp_<prefix>_<secret>`: `bp_` makes a leaked token recognisable to secret
 * scanners, the 12-hex-digit prefix is stored in clear to find the row (and shown in lists so a
 * person can tell tokens apart), the 43-character secret is 256 random bits. Because the secret
 * cannot be guessed, a plain SHA-256 is a safe way to store it (no slow password hash needed,
 * which keeps token auth within the per-request budget).
 */
export const TOKEN_PATTERN = /^bp_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export type GeneratedToken = { token: string; prefix: string; secretHash: string };

export function generateApiToken(): GeneratedToken {
  const prefix = randomBytes(6).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  return { token: `bp_${prefix}_${secret}`, prefix, secretHash: hashTokenSecret(secret) };
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("base64url");
}

/** The parts of a well-formed token, or null; nothing malformed reaches the database. */
export function parseApiToken(token: string): { prefix: string; secret: string } | null {
  const match = TOKEN_PATTERN.exec(token);
  return match ? { prefix: match[1]!, secret: match[2]! } : null;
}

/** Constant-time comparison of a presented secret with the stored hash (both hashed to equal length). */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashTokenSecret(secret));
  const stored = Buffer.from(storedHash);
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/** The token from an `Authorization: Bearer …` header; null when absent or another scheme. */
export function bearerTokenFrom(header: string | null): string | null {
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match ? match[1]! : null;
}
