import { createHash } from "node:crypto";

/**
 * The stable pseudonym that replaces a person's name and e-mail once their personal data is erased
 * (or has outlived its retention period). Derived from the user id, which is random and says
 * nothing about the person, so every record of the same person gets the same pseudonym and a
 * reader can still tell "the same former member did both" without learning who it was.
 */
export function pseudonymTag(userId: string): string {
  return createHash("sha256").update(`brandpilot-pseudonym:${userId}`).digest("hex").slice(0, 10);
}

/** Shown where a name was: "Former member 3f9a2c1b0d". */
export function pseudonymName(userId: string): string {
  return `Former member ${pseudonymTag(userId)}`;
}

/** Stored where an e-mail address was; `.invalid` (RFC 2606) can never receive mail. */
export function pseudonymEmail(userId: string): string {
  return `erased-${pseudonymTag(userId)}@erased.invalid`;
}

/** For records whose person is not known by id (an IP, a typed e-mail that never became an account). */
export const ERASED_VALUE = "[erased]";
