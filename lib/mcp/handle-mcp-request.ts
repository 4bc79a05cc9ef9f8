import "server-only";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { authenticateApiToken, TokenRefusal, type ApiCaller } from "@/lib/api-tokens/authenticate-token";
import { bearerTokenFrom } from "@/lib/api-tokens/token-format";
import { auditTokenRefusal } from "@/lib/api/authorize-api-call";
import { problemOf, problemResponse, type Problem } from "@/lib/api/problem";
import { consumeApiRequest, DEFAULT_API_RATE_LIMIT, rateLimitHeaders } from "@/lib/api/rate-limit";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { registerEntryPoint } from "@/lib/authz/registry";
import { getDb } from "@/lib/db/client";
import type { ErrorCode } from "@/lib/errors";
import { toPublicError } from "@/lib/errors";
import { DEFAULT_MAX_BODY_BYTES } from "@/lib/http/read-bounded-body";
import { withTransportSecurity } from "@/lib/http/transport-security";
import { createMcpServer } from "./create-server";

/** Audit action of a refused known token (revoked, expired, owner gone) on /api/mcp. */
const REQUEST_ACTION = "mcp.request";

/**
 * `/api/mcp`: MCP over Streamable HTTP, stateless. Per request: Bearer token (the REST API's
 * tokens; never a session cookie, for the same CSRF reason as /api/v1) → its workspace → the
 * token's rate limit (the same budget as REST) → a fresh MCP server and transport that answer this
 * one JSON-RPC message and are closed. Tool calls then check permission ∩ scopes, validate and
 * audit each call (call-tool.ts). No session is kept, so any instance answers any request and
 * nothing lives in memory between requests.
 */
export async function handleMcpRequest(request: Request): Promise<Response> {
  let response: Response;
  try {
    response = await authorizeAndServe(request);
  } catch (error) {
    console.error("[mcp] unexpected error:", error);
    response = problemResponse(problemOf("internal", toPublicError(error).message));
  }
  return withTransportSecurity(request, response);
}

async function authorizeAndServe(request: Request): Promise<Response> {
  const bearer = bearerTokenFrom(request.headers.get("authorization"));
  if (!bearer) return problemResponse(problemOf("unauthorized", "Send an API token in the header: Authorization: Bearer bp_…"));
  const db = await getDb();
  const ip = clientIpFromHeaders(request.headers);

  let caller: ApiCaller;
  try {
    caller = await authenticateApiToken(db, { token: bearer, ip });
  } catch (error) {
    if (!(error instanceof TokenRefusal)) throw error;
    await auditTokenRefusal(db, { refusal: error, action: REQUEST_ACTION, ip });
    return problemResponse(problemOf("unauthorized", error.message));
  }

  // Stateless: there is no server-to-client stream to open (GET) and no session to end (DELETE).
  if (request.method !== "POST") {
    return Response.json(
      { jsonrpc: "2.0", error: { code: -32000, message: "Method not allowed: this MCP server is stateless; send JSON-RPC messages with POST." }, id: null },
      { status: 405, headers: { allow: "POST" } },
    );
  }

  const rate = await consumeApiRequest(db, { tokenId: caller.token.id, bucket: "token", policy: DEFAULT_API_RATE_LIMIT });
  const headers = { ...rateLimitHeaders(rate), "cache-control": "no-store" };
  if (rate.limited) {
    return problemResponse(problemOf("rate_limited", `This token sent more than ${rate.limit} requests in the current window. Retry after ${rate.resetSeconds} s.`), headers);
  }

  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    // One JSON answer per request: the tool has finished (and is audited) when the response is built.
    enableJsonResponse: true,
    maxRequestBodySize: DEFAULT_MAX_BODY_BYTES,
  });
  const server = createMcpServer({ caller, db, ip }, request.signal);
  await server.connect(transport);
  try {
    const answer = await transport.handleRequest(request);
    const response = new Response(answer.body, { status: answer.status, headers: answer.headers });
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  } finally {
    await server.close();
  }
}

const ENTRY_POINTS = { POST: "mcp.request", GET: "mcp.open_stream", DELETE: "mcp.end_session" } as const;

/**
 * The route's handlers, registered as token-scoped entry points so the app-wide permission test
 * (lib/authz/entry-points.int.test.ts) proves a browser session alone is refused. Per-tool
 * permissions are checked per call and tested in lib/mcp/mcp-permission-matrix.int.test.ts.
 */
export function mcpRouteHandlers() {
  const handlers = {} as Record<keyof typeof ENTRY_POINTS, (request: Request) => Promise<Response>>;
  for (const [method, name] of Object.entries(ENTRY_POINTS) as [keyof typeof ENTRY_POINTS, string][]) {
    const handler = (request: Request) => handleMcpRequest(request);
    handlers[method] = handler;
    registerEntryPoint({
      name,
      kind: "route",
      scope: "token",
      permission: null,
      mutates: method === "POST",
      exported: handler,
      async invoke(rawInput) {
        const request = new Request("http://localhost/api/mcp", {
          method,
          headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
          ...(method === "POST" ? { body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list", params: rawInput }) } : {}),
        });
        const response = await handler(request);
        if (response.ok) return { ok: true };
        const problem = (await response.json()) as Partial<Problem>;
        return { ok: false, code: (problem.code ?? "internal") as ErrorCode };
      },
    });
  }
  return handlers;
}
