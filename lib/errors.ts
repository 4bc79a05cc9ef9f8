/**
 * Typed application errors. The code says what went wrong in a form a caller can switch on;
 * the message is a sentence a person can read. Unexpected errors (database, bugs) never reach
 * the client: they are logged and replaced by `internal`.
 */
export const ERROR_CODES = [
  "unauthorized", // no valid session
  "forbidden", // member, but the role lacks the permission
  "not_found", // does not exist, or belongs to another workspace (never "forbidden": no existence leaks)
  "invalid_input", // zod field errors travel separately as validationErrors
  "conflict", // state or concurrency conflict
  "rate_limited",
  "payload_too_large", // request body over the route's limit (lib/http/read-bounded-body.ts)
  "budget_exhausted", // the workspace's monthly model budget is used up
  "unavailable", // no model could answer (none eligible, or all failed)
  "internal",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  unauthorized: "Please sign in to continue.",
  forbidden: "Your role in this workspace does not allow this.",
  not_found: "Not found.",
  invalid_input: "Some fields are not valid.",
  conflict: "This conflicts with the current state. Reload and try again.",
  rate_limited: "Too many attempts. Please wait and try again.",
  payload_too_large: "The request body is larger than this endpoint accepts.",
  budget_exhausted: "The workspace's model budget for this month is used up.",
  unavailable: "No model could answer right now. Please try again in a moment.",
  internal: "Something went wrong on our side. The error was logged.",
};

export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = "AppError";
    this.code = code;
  }
}

export type PublicError = { code: ErrorCode; message: string };

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** What a client may see of any error. */
export function toPublicError(error: unknown): PublicError {
  if (isAppError(error)) return { code: error.code, message: error.message };
  return { code: "internal", message: DEFAULT_MESSAGES.internal };
}
