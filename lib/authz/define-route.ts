import "server-only";
import { z } from "zod";
import { getSessionUserId } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { AppError, isAppError, toPublicError } from "@/lib/errors";
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

/**
 * A GET route handler on the same authorized path as server actions (session → membership →
 * permission → zod input from the query string). Mutations are server actions, so routes here
 * are read-only (exports, streams); refusals are audited like an action's.
 */
export function defineRouteHandler<Input extends InputShape>(definition: {
  name: string;
  permission: Permission;
  input: Input;
  handler(args: { input: z.output<Input>; ctx: ActionContext; request: Request }): Promise<Response>;
}) {
  async function GET(request: Request): Promise<Response> {
    const db = await getDb();
    const rawInput = Object.fromEntries(new URL(request.url).searchParams);
    const userId = await getSessionUserId();
    const requestedWorkspaceId = typeof rawInput.workspaceId === "string" ? rawInput.workspaceId : null;
    let access;
    try {
      access = await authorizeEntryPoint(db, { userId, workspaceId: requestedWorkspaceId, permission: definition.permission, action: definition.name });
    } catch (error) {
      return errorResponse(error);
    }
    const parsed = definition.input.safeParse(rawInput);
    if (!parsed.success) {
      return errorResponse(new AppError("invalid_input"), z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
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
    permission: definition.permission,
    mutates: false,
    exported: GET,
    async invoke(rawInput) {
      const url = new URL("http://localhost/registered-route");
      for (const [key, value] of Object.entries(rawInput)) url.searchParams.set(key, String(value));
      const response = await GET(new Request(url));
      if (response.ok) return { ok: true };
      const body = (await response.json()) as { error: { code: keyof typeof HTTP_STATUS_FOR_ERROR } };
      return { ok: false, code: body.error.code };
    },
  });
  return GET;
}
