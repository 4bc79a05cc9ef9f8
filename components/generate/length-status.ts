import type { FieldState } from "./issue-paths";

/**
 * A platform's length rule for one text. `max` is where the platform truncates or the
 * recommended range ends; `hardMax` is where it rejects the text (null: never, only truncates).
 * When `hardMax` equals `max` (Google Ads) there is no warning zone: over is an error.
 */
export type FieldLimit = { max: number; hardMax: number | null; min?: number; required?: boolean };

/** Why the length is not fine, as data: CharCount words it (`generate.field.lengthNote.*`). */
export type LengthNote =
  | { key: "required" }
  | { key: "overLimit"; over: number; limit: number }
  | { key: "overRecommended"; over: number; limit: number }
  | { key: "underRecommended"; limit: number };

export type LengthStatus = { state: FieldState; note: LengthNote | null };

export function lengthStatus(length: number, limit: FieldLimit): LengthStatus {
  if (length === 0) return limit.required ? { state: "error", note: { key: "required" } } : { state: "ok", note: null };
  if (limit.hardMax !== null && length > limit.hardMax) {
    return { state: "error", note: { key: "overLimit", over: length - limit.hardMax, limit: limit.hardMax } };
  }
  if (length > limit.max) return { state: "warning", note: { key: "overRecommended", over: length - limit.max, limit: limit.max } };
  if (limit.min !== undefined && length < limit.min) return { state: "warning", note: { key: "underRecommended", limit: limit.min } };
  return { state: "ok", note: null };
}
