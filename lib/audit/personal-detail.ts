/**
 * Which audit detail fields are personal data, and so go to the erasable `detail_personal`
 * column instead of the hashed `detail`. Every writer's detail passes through here
 * (appendAuditEntry), so a new call site is covered by the rules below without doing anything.
 */

/** Keys that name or identify a person wherever they appear (e-mail addresses, names, devices, IdP ids). */
const PERSONAL_KEYS = new Set([
  "email",
  "emails",
  "name",
  "fullName",
  "userName",
  "previousName",
  "newName",
  "userAgent",
  "ip",
  // The OIDC `sub` claim: a stable identifier of the person at their identity provider.
  "subject",
  // Free text people write (review comments, the reason for overriding a check): it can say
  // anything about anyone, and in the signed detail neither erasure nor retention could remove it.
  // Plain `reason` is not here: at its call sites it is a machine code (wrong_password,
  // rate_limited, an error code) that must outlive personal-data retention as security evidence.
  "comment",
  "body",
  "overrideReason",
  "note",
]);

/** Keys that are personal only in one action's detail (elsewhere `from`/`to` are roles). */
const PERSONAL_KEYS_BY_ACTION: Record<string, readonly string[]> = {
  "account.update_name": ["from", "to"],
};

/** Loose on purpose: a false positive only moves a value to the erasable column. */
const EMAIL_ADDRESS = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+/;

export function containsEmailAddress(value: unknown): boolean {
  if (typeof value === "string") return EMAIL_ADDRESS.test(value);
  if (Array.isArray(value)) return value.some(containsEmailAddress);
  if (value && typeof value === "object") return Object.values(value).some(containsEmailAddress);
  return false;
}

export function isPersonalDetailKey(action: string, key: string, value: unknown): boolean {
  return PERSONAL_KEYS.has(key) || (PERSONAL_KEYS_BY_ACTION[action]?.includes(key) ?? false) || containsEmailAddress(value);
}

/** Splits top-level keys; a nested value with an e-mail address anywhere in it moves as a whole. */
export function splitPersonalDetail(
  action: string,
  detail: Record<string, unknown>,
): { detail: Record<string, unknown>; detailPersonal: Record<string, unknown> } {
  const kept: Record<string, unknown> = {};
  const personal: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(detail)) {
    if (value === undefined) continue;
    if (isPersonalDetailKey(action, key, value)) personal[key] = value;
    else kept[key] = value;
  }
  return { detail: kept, detailPersonal: personal };
}

/** What a reader sees: one detail object, personal fields included (or their pseudonyms once erased). */
export function mergedAuditDetail(entry: { detail: Record<string, unknown>; detailPersonal: Record<string, unknown> }): Record<string, unknown> {
  return { ...entry.detail, ...entry.detailPersonal };
}
