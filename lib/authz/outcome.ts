import type { AuditOutcome } from "@/lib/audit/append";
import type { ErrorCode } from "@/lib/errors";

/** How a refused or failed call is recorded in the audit log. */
export function auditOutcomeForError(code: ErrorCode): AuditOutcome {
  switch (code) {
    case "unauthorized":
    case "forbidden":
    case "not_found":
      return "denied";
    case "invalid_input":
    case "payload_too_large":
      return "invalid_input";
    default:
      return "failed";
  }
}

/** A uniform view of any registered entry point's answer, for the permission test and logs. */
export type EntryPointOutcome = { ok: true } | { ok: false; code: ErrorCode };

export const HTTP_STATUS_FOR_ERROR: Record<ErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  rate_limited: 429,
  payload_too_large: 413,
  budget_exhausted: 402,
  unavailable: 503,
  internal: 500,
};
