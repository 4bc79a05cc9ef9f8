import { ERASED_VALUE, pseudonymEmail, pseudonymName } from "@/lib/data-protection/pseudonym";

/** The person whose data is erased, as their records name them. */
export type ErasedPerson = { userId: string; email: string; name: string };

/** Names this short are too often an ordinary word ("Al", "Jo"); they are replaced only where they are a whole value. */
const MIN_NAME_LENGTH_FOR_WORDS = 3;

function escapeRegExp(value: string) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/*
 * Whole matches only: a substring match damaged other people's records (erasing "Mark" rewrote
 * "Marketing EU", erasing bob@x.io rewrote jimbob@x.io). An address is bounded by characters
 * that cannot continue it (a trailing "." ends a sentence, not the domain); a name by anything
 * that is not a letter or digit, in any script.
 */
const ADDRESS_CHAR = String.raw`[\p{L}\p{N}._%+\-@]`;
const WORD_CHAR = String.raw`[\p{L}\p{N}]`;

export function emailPattern(email: string): RegExp {
  return new RegExp(String.raw`(?<!${ADDRESS_CHAR})${escapeRegExp(email)}(?![\p{L}\p{N}_%+\-@]|\.[\p{L}\p{N}])`, "giu");
}

export function namePattern(name: string): RegExp {
  return new RegExp(String.raw`(?<!${WORD_CHAR})${escapeRegExp(name)}(?!${WORD_CHAR})`, "giu");
}

/**
 * Replaces the person's e-mail address (as a whole address) and name (as a whole value or whole
 * words) with their pseudonyms, case-insensitively, through nested objects and arrays. `wipeAll` (records about the person
 * themselves: their own profile change, a reset link issued for them) replaces every other
 * string too: the OIDC subject, a previous name, a device, none of which the search can know.
 */
export function scrubPersonalValue(value: unknown, person: ErasedPerson, wipeAll: boolean): unknown {
  if (typeof value === "string") return scrubString(value, person, wipeAll);
  if (Array.isArray(value)) return value.map((item) => scrubPersonalValue(item, person, wipeAll));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubPersonalValue(item, person, wipeAll)]));
  }
  return value;
}

function scrubString(value: string, person: ErasedPerson, wipeAll: boolean): string {
  // Already replaced by an earlier erasure: erasing again changes nothing.
  if (value === ERASED_VALUE || value === pseudonymEmail(person.userId) || value === pseudonymName(person.userId)) return value;
  const email = person.email.trim();
  const name = person.name.trim();
  if (email && value.trim().toLowerCase() === email.toLowerCase()) return pseudonymEmail(person.userId);
  if (name && value.trim().toLowerCase() === name.toLowerCase()) return pseudonymName(person.userId);
  let scrubbed = email ? value.replace(emailPattern(email), pseudonymEmail(person.userId)) : value;
  if (name.length >= MIN_NAME_LENGTH_FOR_WORDS) {
    scrubbed = scrubbed.replace(namePattern(name), pseudonymName(person.userId));
  }
  if (wipeAll && scrubbed === value) return ERASED_VALUE;
  return scrubbed;
}

/** Whether a string (an actor label) names the person. */
export function namesPerson(value: string | null, person: ErasedPerson): boolean {
  if (!value) return false;
  const email = person.email.trim();
  return (email !== "" && emailPattern(email).test(value)) || (person.name.trim() !== "" && value.trim().toLowerCase() === person.name.toLowerCase().trim());
}
