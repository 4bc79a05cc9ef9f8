import "server-only";
import { z } from "zod";
import { getSessionUserId } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { AppError, isAppError, toPublicError } from "@/lib/errors";
import { safeParseLocalized } from "@/lib/i18n/localized-validation";
import { DEFAULT_MAX_BODY_BYTES, readBoundedText } from "@/lib/http/read-bounded-body";
import { withTransportSecurity } from "@/lib/http/transport-security";
import { authorizeEntryPoint } from "./authorize-entry-point";
import type { ActionContext } from "./define-action";
import { workspaceScopedInput } from "./define-action";
import { createAuditRecorder } from "./audit-recorder";
import { HTTP_STATUS_FOR_ERROR } from "./outcome";
import type { Permission } from "./permissions";
import { registerEntryPoint } from "./registry";

type InputShape = z.ZodObject<typeof workspaceScopedInput.shape & z.ZodRawShape>;

function errorResponse(error: unknown, fieldErrors?: Record<string, string[] | undefined>) {
  if (!isAppError(error)) console.error("[route] unexpected error:", error);
  const publicError = toPublicError(error);
  return Response.json({ error: publicError, ...(fieldErrors ? { fieldErrors } : {}) }, { status: HTTP_STATUS_FOR_ERROR[publicError.code] });
}

/** Null for a body that is not a JSON object; throws PayloadTooLargeError (→ 413) over `maxBodyBytes`. */
async function readInput(request: Request, method: "GET" | "POST", maxBodyBytes: number): Promise<Record<string, unknown> | null> {
  if (method === "GET") return Object.fromEntries(new URL(request.url).searchParams);
  // JSON only: a cross-site HTML form cannot send it without a CORS preflight (defence in depth
  // next to the session cookie's SameSite=Lax).
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) return null;
  // Read before the session check, so bounded: a chunked body has no Content-Length to trust.
  const text = await readBoundedText(request, maxBodyBytes);
  try {
    const body: unknown = JSON.parse(text || "{}");
    return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * A route handler on the same authorized path as server actions (session → membership →
 * permission → zod input). GET reads the query string: exports and read-only streams. POST reads
 * a JSON body, for work that streams its progress back (asset generation) or that spends model
 * budget and carries text that must stay out of URLs and access logs (knowledge answers); such
 * routes audit their own effects. Everything else that changes data is a server action. Refusals
 * are audited like an action's.
 */
export function defineRouteHandler<Input extends InputShape>(definition: {
  name: string;
  permission: Permission;
  input: Input;
  method?: "GET" | "POST";
  /** Largest POST body accepted (default 64 KB); a larger one is refused with 413 before parsing. */
  maxBodyBytes?: number;
  handler(args: { input: z.output<Input>; ctx: ActionContext; request: Request }): Promise<Response>;
}) {
  const method = definition.method ?? "GET";
  const maxBodyBytes = definition.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  // Every answer, refusals included, carries HSTS over HTTPS; the static security headers and the
  // no-document CSP come from next.config.ts for all of /api.
  async function handle(request: Request): Promise<Response> {
    return withTransportSecurity(request, await authorizeAndRun(request));
  }
  async function authorizeAndRun(request: Request): Promise<Response> {
    const db = await getDb();
    let rawInput: Record<string, unknown> | null;
    try {
      rawInput = await readInput(request, method, maxBodyBytes);
    } catch (error) {
      return errorResponse(error);
    }
    if (!rawInput) return errorResponse(new AppError("invalid_input", { key: "authz.requestBodyMustJSON" }));
    const userId = await getSessionUserId();
    const requestedWorkspaceId = typeof rawInput.workspaceId === "string" ? rawInput.workspaceId : null;
    let access;
    try {
      access = await authorizeEntryPoint(db, { userId, workspaceId: requestedWorkspaceId, permission: definition.permission, action: definition.name });
    } catch (error) {
      return errorResponse(error);
    }
    // The browser calls these routes: field messages in the member's language, like an action's.
    const parsed = await safeParseLocalized(definition.input, rawInput);
    if (!parsed.success) {
      return errorResponse(new AppError("invalid_input"), fieldErrorsByTopLevelKey(parsed.issues));
    }
    try {
      return await definition.handler({
        input: parsed.data,
        ctx: { db, actor: access.actor, membership: access.membership, audit: createAuditRecorder() },
        request,
      });
    } catch (error) {
      return errorResponse(error);
    }
  }

  registerEntryPoint({
    name: definition.name,
    kind: "route",
    scope: "workspace",
    permission: definition.permission,
    mutates: method === "POST",
    exported: handle,
    async invoke(rawInput) {
      const url = new URL("http://localhost/registered-route");
      let request: Request;
      if (method === "GET") {
        for (const [key, value] of Object.entries(rawInput)) url.searchParams.set(key, String(value));
        request = new Request(url);
      } else {
        request = new Request(url, { method: "POST", body: JSON.stringify(rawInput), headers: { "content-type": "application/json" } });
      }
      const response = await handle(request);
      if (response.ok) return { ok: true };
      const body = (await response.json()) as { error: { code: keyof typeof HTTP_STATUS_FOR_ERROR } };
      return { ok: false, code: body.error.code };
    },
  });
  return handle;
}

/** z.flattenError's fieldErrors shape: messages under the issue's top-level key. */
function fieldErrorsByTopLevelKey(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    if (issue.path.length === 0) continue;
    (errors[String(issue.path[0])] ??= []).push(issue.message);
  }
  return errors;
}
