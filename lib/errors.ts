import { renderEnglishErrorMessage, type ErrorMessageKey, type ErrorMessageParams } from "./i18n/error-messages";

/**
 * Typed application errors. The code says what went wrong in a form a caller can switch on; the message key and its
 * parameters say it in words, rendered in each reader's language: the browser shows the member's UI language
 * (components/ui/action-error.ts), while logs, the audit log and the REST API get the English sentence. Unexpected
 * errors (database, bugs) never reach the client: they are logged and replaced by `internal`.
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

/** A message from the `errors` namespace of messages/*.json with its ICU parameters. */
export type ErrorMessage = { key: ErrorMessageKey; params?: ErrorMessageParams };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageKey: ErrorMessageKey;
  readonly params: ErrorMessageParams;
  /** Without a message, the code's generic sentence (`errors.code.<code>`). */
  constructor(code: ErrorCode, message?: ErrorMessage) {
    const key = message?.key ?? (`code.${code}` as const);
    const params = message?.params ?? {};
    super(renderEnglishErrorMessage(key, params));
    this.name = "AppError";
    this.code = code;
    this.messageKey = key;
    this.params = params;
  }
}

/**
 * What a client may see of any error: the code, the English sentence (logs, REST API, MCP), and the key + parameters
 * the browser renders in the member's language.
 */
export type PublicError = { code: ErrorCode; message: string; key: ErrorMessageKey; params: ErrorMessageParams };

/**
 * An error as the browser holds it. A streamed generation failure carries key + parameters when the server made it,
 * but one the page makes itself (a dropped stream) has only code and sentence: then the code's sentence is shown.
 */
export type DisplayableError = { code: ErrorCode; message: string; key?: string; params?: ErrorMessageParams };

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** What a client may see of any error. */
export function toPublicError(error: unknown): PublicError {
  if (isAppError(error)) return { code: error.code, message: error.message, key: error.messageKey, params: error.params };
  return { code: "internal", message: renderEnglishErrorMessage("code.internal", {}), key: "code.internal", params: {} };
}
