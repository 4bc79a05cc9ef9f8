/**
 * The shape every action's validation errors reach the client in. next-safe-action's own "flattened" shape keeps
 * only the top level's messages, so an issue in a nested field (`title.text`, `rules.bannedTerms[3]`) vanished and
 * the form could only say "Some fields are not valid."; this keeps every message, filed under its top-level field.
 */
export type ActionValidationErrors = { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> };

/** next-safe-action's "formatted" tree: `_errors` at each level, children by key (array indices as strings). */
type FormattedErrors = { _errors?: string[] } & { [key: string]: unknown };

/**
 * How a nested path is put into words: a field's label by its key (`bannedTerms`), and a list position (1-based).
 * English by default; actions pass the request's language (lib/i18n/path-wording.ts).
 */
export type PathWording = { label: (key: string, position: number) => string; item: (number: number) => string };

export const ENGLISH_PATH_WORDING: PathWording = {
  label: (key, position) => (position === 0 ? fieldLabel(key) : fieldLabel(key).toLowerCase()),
  item: (number) => `item ${number}`,
};

export function flattenNestedValidationErrors(tree: FormattedErrors | undefined, wording: PathWording = ENGLISH_PATH_WORDING): ActionValidationErrors {
  const result: ActionValidationErrors = { formErrors: [...(tree?._errors ?? [])], fieldErrors: {} };
  for (const [key, child] of Object.entries(tree ?? {})) {
    if (key === "_errors" || !isErrorNode(child)) continue;
    const messages = [...(child._errors ?? []), ...nestedMessages(child, [key], wording)];
    Object.defineProperty(result.fieldErrors, key, { value: messages, enumerable: true, writable: true, configurable: true });
  }
  return result;
}

/** Messages below a top-level field, each prefixed with where it sits in words, e.g. "Banned terms, item 4: …". */
function nestedMessages(node: FormattedErrors, path: string[], wording: PathWording): string[] {
  const messages: string[] = [];
  for (const [key, child] of Object.entries(node)) {
    if (key === "_errors" || !isErrorNode(child)) continue;
    const childPath = [...path, key];
    const where = describeNestedPath(childPath, wording);
    messages.push(...(child._errors ?? []).map((message) => `${where}: ${message}`));
    messages.push(...nestedMessages(child, childPath, wording));
  }
  return messages;
}

/** "title" → "Title", "bannedTerms" → "Banned terms", "max_tokens" → "Max tokens". */
export function fieldLabel(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A nested path in words, without the top-level field (its label comes first): ["rules","bannedTerms","3"] → "Rules, banned terms, item 4". */
function describeNestedPath(path: string[], wording: PathWording): string {
  return path.map((segment, index) => (/^\d+$/.test(segment) ? wording.item(Number(segment) + 1) : wording.label(segment, index))).join(", ");
}

function isErrorNode(value: unknown): value is FormattedErrors {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
