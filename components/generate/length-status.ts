import type { FieldState } from "./issue-paths";

/**
 * A platform's length rule for one text. `max` is where the platform truncates or the
 * recommended range ends; `hardMax` is where it rejects the text (null: never, only truncates).
 * When `hardMax` equals `max` (Google Ads) there is no warning zone: over is an error.
 */
export type FieldLimit = { max: number; hardMax: number | null; min?: number; required?: boolean };

export type LengthStatus = { state: FieldState; note: string | null };

export function lengthStatus(length: number, limit: FieldLimit): LengthStatus {
  if (length === 0) return limit.required ? { state: "error", note: "required" } : { state: "ok", note: null };
  if (limit.hardMax !== null && length > limit.hardMax) {
    return { state: "error", note: `${length - limit.hardMax} over the limit of ${limit.hardMax}` };
  }
  if (length > limit.max) return { state: "warning", note: `${length - limit.max} over the recommended ${limit.max}` };
  if (limit.min !== undefined && length < limit.min) return { state: "warning", note: `under the recommended ${limit.min}` };
  return { state: "ok", note: null };
}
