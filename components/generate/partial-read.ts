/*
 * Readers for objects that may be incomplete: a model's partial output is a snapshot of JSON
 * being written, so any field can be missing, half a string, or (mid-array) an empty object.
 * Every reader returns a usable default instead of throwing, so the card can render what exists.
 */

export type UnknownRecord = Record<string, unknown>;

export function asRecord(value: unknown): UnknownRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as UnknownRecord) : {};
}

export function readString(value: unknown, fallback = ""): string {
  return typeof value === "string" ? value : fallback;
}

export function readNullableString(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

export function readArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function readStringArray(value: unknown): string[] {
  return readArray(value).filter((item): item is string => typeof item === "string");
}

/** One of `allowed`, or the fallback; for enums and pin positions, where a guess would mislead. */
export function readOneOf<T extends string | number, F>(value: unknown, allowed: readonly T[], fallback: F): T | F {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;
}
