import { APICallError } from "@ai-sdk/provider";
import { NoObjectGeneratedError } from "ai";
import { AppError, type ErrorMessage } from "@/lib/errors";
import { renderEnglishErrorMessage } from "@/lib/i18n/error-messages";
import type { SentRequest } from "../usage/accounting-middleware";

/** How one failed attempt is treated: retried on the same model, or handed to the next one. */
export type FailureClass = "timeout" | "retryable" | "invalid_output" | "fatal";

/**
 * Output that parsed but failed the caller's own validation even after repair: the model is up,
 * its answer is unusable, so the router moves on to the next candidate.
 */
export class InvalidModelOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidModelOutputError";
  }
}

export function classifyFailure(error: unknown, options: { timedOut: boolean }): FailureClass {
  if (options.timedOut) return "timeout";
  if (error instanceof InvalidModelOutputError) return "invalid_output";
  if (NoObjectGeneratedError.isInstance(error)) return "invalid_output";
  if (error instanceof Error && ["AI_TypeValidationError", "AI_JSONParseError"].includes(error.name)) return "invalid_output";
  if (APICallError.isInstance(error)) return error.isRetryable ? "retryable" : "fatal";
  // fetch and socket failures: the request may never have reached the provider.
  if (error instanceof TypeError && /fetch failed|network/i.test(error.message)) return "retryable";
  if (error instanceof Error && /ECONNRESET|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|socket hang up/.test(`${error.message} ${(error as { code?: string }).code ?? ""}`)) {
    return "retryable";
  }
  return "fatal";
}

export type AttemptRecord = {
  modelId: string;
  attempt: number;
  /** "aborted": the caller's request was cancelled (client disconnected): not a model failure. */
  outcome: "success" | FailureClass | "skipped_circuit_open" | "aborted";
  latencyMs: number;
  statusCode?: number;
  /** First line of the provider's message, for the call record (never shown to people). */
  detail?: string;
};

export type RouterErrorKind = "no_candidate" | "all_candidates_failed" | "budget_exhausted" | "rate_limited" | "aborted";

/**
 * What a caller of the router gets instead of a raw provider error: the kind, a sentence for
 * people, and the attempt chain for logs and the call record.
 */
export class RouterError extends Error {
  constructor(
    readonly kind: RouterErrorKind,
    readonly attempts: AttemptRecord[],
    /** A more specific sentence than the kind's own (a retry time, the budget that ran out). */
    readonly detail?: ErrorMessage,
  ) {
    super(renderEnglishErrorMessage(detail?.key ?? `routing.${kind}`, detail?.params ?? {}));
    this.name = "RouterError";
  }

  /** Requests that reached a model before the call failed (the router fills it in). */
  sent: SentRequest[] = [];
}

const APP_ERROR_CODES = { budget_exhausted: "budget_exhausted", rate_limited: "rate_limited", no_candidate: "unavailable", all_candidates_failed: "unavailable", aborted: "unavailable" } as const;

/** The app error a feature answers for a router failure (its sentence is already written for people). */
export function routerErrorToAppError(error: RouterError): AppError {
  return new AppError(APP_ERROR_CODES[error.kind], error.detail ?? { key: `routing.${error.kind}` });
}

export function errorDetail(error: unknown): { detail: string; statusCode?: number } {
  const statusCode = APICallError.isInstance(error) ? error.statusCode : undefined;
  const detail = error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]!.slice(0, 300)}` : String(error).slice(0, 300);
  return { detail, statusCode };
}
