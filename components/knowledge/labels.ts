/*
 * The values that get words on knowledge pages; the words are messages (`knowledge.classifications.*`,
 * `knowledge.statuses.*`, `knowledge.roles.*`, `knowledge.languages.*`). A value the catalogue does not know is shown
 * as it is stored rather than hidden.
 */
export const CLASSIFICATIONS = ["public", "internal", "confidential"] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const SOURCE_STATUSES = ["queued", "processing", "ready", "failed", "duplicate", "retired"] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

export const SOURCE_ROLES = ["brand_voice", "product", "policy", "campaign", "published_page", "internal_note", "other"] as const;
export type SourceRoleKey = (typeof SOURCE_ROLES)[number];

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === "string" && (values as readonly string[]).includes(value);

export const isClassification = isOneOf(CLASSIFICATIONS);
export const isSourceStatus = isOneOf(SOURCE_STATUSES);
export const isSourceRole = isOneOf(SOURCE_ROLES);
export const isContentLanguage = isOneOf(["de", "en"] as const);
