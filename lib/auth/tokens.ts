import { createHash, randomBytes } from "node:crypto";

/**
 * Secrets carried by links (invitations, password resets, first-run setup). 32 random bytes
 * (256 bits) cannot be guessed, so a plain SHA-256 is enough to store them: the database holds
 * only the hash, and a dump or a log of it never contains a working link.
 */
export function generateLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("base64url");
}

/** Link tokens look like this; anything else is refused before touching the database. */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
