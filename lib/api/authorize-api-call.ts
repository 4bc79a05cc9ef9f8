import "server-only";
import { z } from "zod";
import { appendAuditEntry, type AuditOutcome } from "@/lib/audit/append";
import { authenticateApiToken, TokenRefusal, type ApiCaller, type TokenIdentity } from "@/lib/api-tokens/authenticate-token";
import { bearerTokenFrom } from "@/lib/api-tokens/token-format";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import type { Actor } from "@/lib/authz/authorize";
import { createAuditRecorder, type AuditRecorder } from "@/lib/authz/audit-recorder";
import { auditOutcomeForError } from "@/lib/authz/outcome";
import { roleHasPermission, type Permission } from "@/lib/authz/permissions";
import { registerEntryPoint } from "@/lib/authz/registry";
import { getDb } from "@/lib/db/client";
import type { Database } from "@/lib/db/types";
import { isAppError, toPublicError, type ErrorCode } from "@/lib/errors";
import { DEFAULT_MAX_BODY_BYTES } from "@/lib/http/read-bounded-body";
import { withTransportSecurity } from "@/lib/http/transport-security";
import type { WorkspaceMembership } from "@/lib/workspaces/queries";
import { IDEMPOTENCY_KEY_PATTERN, requestFingerprint, reserveIdempotencyKey } from "./idempotency";
import { problemOf, problemResponse, type Problem } from "./problem";
import { consumeApiRequest, DEFAULT_API_RATE_LIMIT, rateLimitHeaders, REFUSAL_AUDIT_POLICY, type RateLimitPolicy } from "./rate-limit";
import { fieldErrorsOf, readApiInput } from "./read-api-input";
import { registerApiRoute, type ApiRouteContext, type ApiSuccessResponse } from "./registry";

/** What a REST handler gets: the same shape as a server action's context, plus the token. */
export type ApiContext = {
  /** Inside a transaction for mutating JSON routes: the change, its audit entry and the stored idempotent response commit together. */
  db: Database;
  actor: Actor;
  /** How audit entries written by domain functions name the caller (`alice@… via token "CMS"`). */
  actorLabel: string;
  /** The token's workspace; `role` is the role the token acts with. */
  membership: WorkspaceMembership;
  /** What this call may do: the role's permissions ∩ the token's scopes. Gate optional parts of an answer on it, not on the role. */
  permissions: ReadonlySet<Permission>;
  token: TokenIdentity;
  audit: AuditRecorder;
  ip: string | null;
};

export type ObjectSchema = z.ZodObject<z.ZodRawShape>;
export const NO_PARAMS = z.object({});

/** What every kind of REST route declares (JSON, file, streaming): the part the authorization path reads. */
export type ApiRouteBase<Input extends z.ZodType, Params extends ObjectSchema> = {
  /** Audit action and entry-point name, `api.<area>.<verb>`. */
  name: string;
  method: "GET" | "POST";
  /** OpenAPI path with `{param}` placeholders; must match the route file's folder. */
  path: `/api/v1/${string}`;
  summary: string;
  description?: string;
  tag: string;
  permission: Permission;
  /**
   * Query parameters (GET: a z.object of them) or the JSON body (POST: any schema of an object, a
   * discriminated union too). Never declares `workspaceId`: it comes from the token.
   */
  input: Input;
  params?: Params;
  /** Largest POST body (default 64 KB); larger → 413 before parsing. */
  maxBodyBytes?: number;
  /** A route with its own budget (e.g. model calls); default: the token's shared budget. */
  rateLimit?: RateLimitPolicy;
};

/** Exported for the MCP server (lib/mcp), whose calls are audited exactly like REST calls. */
export function tokenActorLabel(caller: ApiCaller): string {
  return caller.token.kind === "service"
    ? `service token "${caller.token.name}" (owner ${caller.actor.email})`
    : `${caller.actor.email} via token "${caller.token.name}"`;
}

/** Token details on every audit entry the call writes, so the log shows which token acted. */
export function tokenDetail(token: TokenIdentity) {
  return { via: "api_token", tokenId: token.id, tokenName: token.name, tokenKind: token.kind };
}

/**
 * Audits the refusal of a token (REST and MCP). A known token (revoked, expired, owner gone) is
 * evidence worth keeping; random strings are not. Once per token per minute, though (bucket
 * `refused`): a script still looping with a revoked token would otherwise write an audit entry per
 * request. The caller answers 401 every time regardless.
 */
export async function auditTokenRefusal(db: Database, options: { refusal: TokenRefusal; action: string; ip: string | null }) {
  const { token } = options.refusal;
  if (!token) return;
  const gate = await consumeApiRequest(db, { tokenId: token.id, bucket: "refused", policy: REFUSAL_AUDIT_POLICY });
  if (gate.limited) return;
  await appendAuditEntry(db, {
    workspaceId: token.workspaceId,
    actorUserId: token.userId,
    action: options.action,
    outcome: "denied",
    detail: { reason: "unauthorized", message: options.refusal.message, auditedAtMostEverySeconds: REFUSAL_AUDIT_POLICY.windowSeconds, ...tokenDetail(token) },
    ip: options.ip,
  });
}

/** A call that passed the authorization path: what the run phase of each route kind needs. */
export type AuthorizedCall<Input extends z.ZodType, Params extends ObjectSchema> = {
  db: Database;
  caller: ApiCaller;
  input: z.output<Input>;
  params: z.output<Params>;
  /** RateLimit-* and cache-control, for every answer of this call. */
  headers: Record<string, string>;
  audit: AuditRecorder;
  /** The Idempotency-Key this call reserved (mutating POSTs that sent one), else null. */
  idempotencyKey: string | null;
  context(db: Database): ApiContext;
  writeAudit(db: Database, outcome: AuditOutcome, extra?: Record<string, unknown>): Promise<void>;
  /** Audits the refusal or failure and answers problem+json. */
  refuse(code: ErrorCode, detail: string, errors?: Record<string, string[]>): Promise<Response>;
  /** An error thrown by a handler, as a refusal (AppErrors say why; anything else is logged and answers 500). */
  fail(error: unknown): Promise<Response>;
};

/**
 * The one authorization path of REST v1, shared by every route kind:
 *
 *   Bearer token → valid, not revoked or expired → rate limit → membership of the token's workspace
 *   (a different workspaceId in the path answers 404) → declared permission ∩ token scopes → body
 *   read (bounded) → a different workspaceId in the query or body answers 404 → zod input →
 *   Idempotency-Key (POST; a finished key replays its stored answer).
 *
 * Answers a Response when the call stops here (refusal, replay), else the authorized call.
 * Session cookies are never read, deliberately: a browser attaches cookies to any request,
 * including one a hostile page fires cross-site, so an API that honoured them would be a CSRF
 * target for every POST. A bearer token has to be put into the header by the caller's own code.
 */
async function authorizeApiCall<Input extends z.ZodType, Params extends ObjectSchema>(
  definition: ApiRouteBase<Input, Params>,
  options: { request: Request; routeContext: ApiRouteContext; idempotent: boolean },
): Promise<Response | AuthorizedCall<Input, Params>> {
  const { request } = options;
  const bearer = bearerTokenFrom(request.headers.get("authorization"));
  if (!bearer) return problemResponse(problemOf("unauthorized", "Send an API token in the header: Authorization: Bearer bp_…"));
  const db = await getDb();
  const ip = clientIpFromHeaders(request.headers);

  let caller: ApiCaller;
  try {
    caller = await authenticateApiToken(db, { token: bearer, ip });
  } catch (error) {
    if (!(error instanceof TokenRefusal)) throw error;
    await auditTokenRefusal(db, { refusal: error, action: definition.name, ip });
    return problemResponse(problemOf("unauthorized", error.message));
  }

  const rate = await consumeApiRequest(db, {
    tokenId: caller.token.id,
    bucket: definition.rateLimit ? definition.name : "token",
    policy: definition.rateLimit ?? DEFAULT_API_RATE_LIMIT,
  });
  const headers: Record<string, string> = { ...rateLimitHeaders(rate), "cache-control": "no-store" };
  const respond = (problem: Problem) => problemResponse(problem, headers);
  if (rate.limited) {
    return respond(problemOf("rate_limited", `This token sent more than ${rate.limit} requests in the current window. Retry after ${rate.resetSeconds} s.`));
  }

  const audit = createAuditRecorder();
  const workspaceId = caller.membership.workspaceId;
  const actorLabel = tokenActorLabel(caller);
  const writeAudit = async (db: Database, outcome: AuditOutcome, extra: Record<string, unknown> = {}) => {
    await appendAuditEntry(db, {
      workspaceId,
      actorUserId: caller.actor.id,
      actorLabel,
      action: definition.name,
      targetType: audit.snapshot.targetType,
      targetId: audit.snapshot.targetId,
      outcome,
      detail: { ...audit.snapshot.detail, ...extra, ...tokenDetail(caller.token) },
      ip,
    });
  };
  const refuse = async (code: ErrorCode, detail: string, errors?: Record<string, string[]>) => {
    await writeAudit(db, auditOutcomeForError(code), { reason: code });
    return respond(problemOf(code, detail, errors));
  };

  // The workspace is the token's. A caller naming another one learns nothing about it: 404.
  // Next hands routes without dynamic segments a params promise that resolves to undefined.
  const rawParams: Record<string, unknown> = (await options.routeContext?.params) ?? {};
  const otherWorkspace = (value: unknown) => value !== undefined && value !== workspaceId;
  if (otherWorkspace(rawParams.workspaceId)) return refuse("not_found", "Workspace not found.");

  // Before the body is read: a token that may not call the route costs no body read or parse.
  if (!caller.permissions.has(definition.permission)) {
    const byRole = roleHasPermission(caller.membership.role, definition.permission);
    return refuse(
      "forbidden",
      byRole
        ? `This token's scopes do not include ${definition.permission}.`
        : `The ${caller.membership.role} role this token acts with does not allow ${definition.permission}.`,
    );
  }

  let raw;
  try {
    raw = await readApiInput(request, { method: definition.method, maxBodyBytes: definition.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES });
  } catch (error) {
    if (isAppError(error)) return refuse(error.code, error.message);
    throw error;
  }
  if (!raw.ok) return respond(raw.problem);
  if (otherWorkspace(raw.input.workspaceId)) return refuse("not_found", "Workspace not found.");

  const params = (definition.params ?? NO_PARAMS).safeParse(rawParams);
  if (!params.success) return refuse("not_found", "Not found.");
  const { workspaceId: _ignored, ...inputFields } = raw.input;
  const input = definition.input.safeParse(inputFields);
  if (!input.success) return refuse("invalid_input", "Some fields are not valid; see `errors`.", fieldErrorsOf(input.error.issues));

  const idempotencyKey = options.idempotent ? request.headers.get("idempotency-key") : null;
  if (idempotencyKey !== null) {
    if (!IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) return refuse("invalid_input", "Idempotency-Key must be 1–255 printable ASCII characters.");
    const requestHash = requestFingerprint({ method: definition.method, path: new URL(request.url).pathname, body: raw.bodyText });
    const reserved = await reserveIdempotencyKey(db, { tokenId: caller.token.id, workspaceId, key: idempotencyKey, requestHash });
    if (reserved.kind === "refused") return respond(reserved.problem);
    if (reserved.kind === "replay") {
      return new Response(reserved.response.body, { status: reserved.response.status, headers: { ...reserved.response.headers, ...headers, "idempotent-replayed": "true" } });
    }
  }

  return {
    db,
    caller,
    input: input.data as z.output<Input>,
    params: params.data as z.output<Params>,
    headers,
    audit,
    idempotencyKey,
    context: (db) => ({ db, actor: caller.actor, actorLabel, membership: caller.membership, permissions: caller.permissions, token: caller.token, audit, ip }),
    writeAudit,
    refuse,
    async fail(error) {
      if (!isAppError(error)) console.error(`[api] ${definition.name} failed:`, error);
      const publicError = toPublicError(error);
      return refuse(publicError.code, publicError.message);
    },
  };
}

/**
 * Builds a route kind's Next handler: authorization (above), then `run` with the authorized call.
 * Registers the route (OpenAPI, permission matrix, test server) and the entry point, so every
 * route kind is covered by the same tests without anyone listing it.
 */
export function createApiHandler<Input extends z.ZodType, Params extends ObjectSchema>(
  definition: ApiRouteBase<Input, Params>,
  kind: {
    mutates: boolean;
    idempotent: boolean;
    successStatus: number;
    output: z.ZodType | null;
    response: ApiSuccessResponse;
    run(call: AuthorizedCall<Input, Params>, request: Request): Promise<Response>;
  },
) {
  if (definition.method === "GET" && !(definition.input instanceof z.ZodObject)) {
    throw new Error(`${definition.name}: a GET route's input is a z.object of query parameters`);
  }

  // Next passes `{ params }` as the second argument, a promise, for routes without parameters
  // too. Required, not optional: the route types `next build` generates check the second
  // parameter against `{ params: Promise<…> }`, and an optional one (`… | undefined`) fails them.
  async function handle(request: Request, routeContext: ApiRouteContext): Promise<Response> {
    let response: Response;
    try {
      const call = await authorizeApiCall(definition, { request, routeContext, idempotent: kind.idempotent });
      response = call instanceof Response ? call : await kind.run(call, request);
    } catch (error) {
      console.error(`[api] ${definition.name} unexpected error:`, error);
      response = problemResponse(problemOf("internal", toPublicError(error).message));
    }
    return withTransportSecurity(request, response);
  }

  registerApiRoute({
    name: definition.name,
    method: definition.method,
    path: definition.path,
    summary: definition.summary,
    description: definition.description,
    tag: definition.tag,
    permission: definition.permission,
    input: definition.input,
    params: definition.params ?? null,
    output: kind.output,
    response: kind.response,
    successStatus: kind.successStatus,
    mutates: kind.mutates,
    idempotent: kind.idempotent,
    handle,
  });
  // Also an entry point of the app, so the session-path permission test sees it and proves that a
  // signed-in browser session alone (no token) is refused.
  registerEntryPoint({
    name: definition.name,
    kind: "route",
    scope: "token",
    permission: definition.permission,
    mutates: kind.mutates,
    exported: handle,
    async invoke(rawInput) {
      const url = new URL(`http://localhost${definition.path}`);
      const request =
        definition.method === "GET"
          ? new Request(`${url}?${new URLSearchParams(Object.entries(rawInput).map(([k, v]) => [k, String(v)]))}`)
          : new Request(url, { method: "POST", body: JSON.stringify(rawInput), headers: { "content-type": "application/json" } });
      const response = await handle(request, { params: Promise.resolve({}) });
      if (response.ok) return { ok: true };
      const problem = (await response.json()) as Problem;
      return { ok: false, code: problem.code as ErrorCode };
    },
  });
  return handle;
}
