import type { ErrorCode } from "@/lib/errors";
import { HTTP_STATUS_FOR_ERROR } from "@/lib/authz/outcome";

/** Codes only the REST API answers with, next to the app's ErrorCode. */
export type ApiProblemCode = ErrorCode | "idempotency_key_reused" | "idempotency_key_in_use" | "unsupported_media_type";

const EXTRA_STATUS: Record<Exclude<ApiProblemCode, ErrorCode>, number> = {
  idempotency_key_reused: 422,
  idempotency_key_in_use: 409,
  unsupported_media_type: 415,
};

const TITLES: Record<ApiProblemCode, string> = {
  unauthorized: "Unauthorized",
  forbidden: "Forbidden",
  not_found: "Not found",
  invalid_input: "Invalid input",
  conflict: "Conflict",
  rate_limited: "Too many requests",
  payload_too_large: "Payload too large",
  budget_exhausted: "Model budget exhausted",
  unavailable: "Unavailable",
  internal: "Internal error",
  idempotency_key_reused: "Idempotency key reused with a different request",
  idempotency_key_in_use: "Request with this idempotency key still running",
  unsupported_media_type: "Unsupported media type",
};

/** RFC 9457 problem details, plus `code` (stable, to switch on) and `errors` (field → messages). */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ApiProblemCode;
  errors?: Record<string, string[]>;
};

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export function statusForProblem(code: ApiProblemCode): number {
  return code in EXTRA_STATUS ? EXTRA_STATUS[code as keyof typeof EXTRA_STATUS] : HTTP_STATUS_FOR_ERROR[code as ErrorCode];
}

export function problemOf(code: ApiProblemCode, detail: string, errors?: Record<string, string[]>): Problem {
  // `type` is a URI reference into the API docs page, which lists every code.
  return { type: `/docs/api#problem-${code}`, title: TITLES[code], status: statusForProblem(code), detail, code, ...(errors ? { errors } : {}) };
}

export function problemResponse(problem: Problem, headers: HeadersInit = {}): Response {
  const response = new Response(JSON.stringify(problem), { status: problem.status, headers });
  response.headers.set("content-type", PROBLEM_CONTENT_TYPE);
  if (problem.status === 401) response.headers.set("www-authenticate", 'Bearer realm="brandpilot"');
  return response;
}

export const PROBLEM_CODES = Object.keys(TITLES) as ApiProblemCode[];
export const problemTitle = (code: ApiProblemCode) => TITLES[code];
