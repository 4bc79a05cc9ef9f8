import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { appendAuditEntry } from "@/lib/audit/append";
import { getSessionUserId } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Database } from "@/lib/db/types";
import { isAppError, toPublicError, type PublicError } from "@/lib/errors";
import type { WorkspaceMembership } from "@/lib/workspaces/queries";
import { createAuditRecorder, type AuditRecorder } from "./audit-recorder";
import type { Actor } from "./authorize";
import { authorizeEntryPoint } from "./authorize-entry-point";
import { auditOutcomeForError } from "./outcome";
import { PERMISSIONS, type Permission } from "./permissions";
import { registerEntryPoint } from "./registry";

/** Every action names the workspace it acts in; the wrapper checks membership of exactly that one. */
export const workspaceScopedInput = z.object({ workspaceId: z.string().min(1).max(64) });
const workspaceIdOnly = workspaceScopedInput.partial();

const actionMetadata = z.object({
  name: z.string().regex(/^[a-z]+(\.[a-z_]+)+$/),
  permission: z.enum(PERMISSIONS),
  mutates: z.boolean(),
});

export type ActionContext = {
  /** Inside a transaction for mutating actions: the change and its audit entry commit together. */
  db: Database;
  actor: Actor;
  membership: WorkspaceMembership;
  audit: AuditRecorder;
};

/** Signals a rolled-back mutation from inside the transaction callback; never escapes the wrapper. */
class RollbackSignal extends Error {}

const actionClient = createSafeActionClient({
  defineMetadataSchema: () => actionMetadata,
  defaultValidationErrorsShape: "flattened",
  handleServerError(error): PublicError {
    // Expected errors carry their own sentence; anything else is logged and hidden.
    if (!isAppError(error)) console.error("[action] unexpected error:", error);
    return toPublicError(error);
  },
}).use(async ({ clientInput, metadata, next }) => {
  const db = await getDb();
  const userId = await getSessionUserId();
  const requestedWorkspaceId = workspaceIdOnly.safeParse(clientInput).data?.workspaceId ?? null;

  const access = await authorizeEntryPoint(db, {
    userId,
    workspaceId: requestedWorkspaceId,
    permission: metadata.permission,
    action: metadata.name,
  });

  const audit = createAuditRecorder();
  const auditEvent = (outcome: Parameters<typeof appendAuditEntry>[1]["outcome"], extra: Record<string, unknown> = {}) => ({
    workspaceId: access.membership.workspaceId,
    actorUserId: access.actor.id,
    actorLabel: access.actor.email,
    action: metadata.name,
    targetType: audit.snapshot.targetType,
    targetId: audit.snapshot.targetId,
    outcome,
    detail: { ...audit.snapshot.detail, ...extra },
  });

  if (!metadata.mutates) {
    return next({ ctx: { db, actor: access.actor, membership: access.membership, audit } });
  }

  let result: Awaited<ReturnType<typeof next>> | undefined;
  try {
    await db.transaction(async (tx) => {
      result = await next({ ctx: { db: tx, actor: access.actor, membership: access.membership, audit } });
      if (result.serverError !== undefined || result.validationErrors !== undefined || !result.success) {
        throw new RollbackSignal();
      }
      await appendAuditEntry(tx, auditEvent("success"));
    });
  } catch (error) {
    if (!(error instanceof RollbackSignal)) throw error;
  }
  if (result && (result.serverError !== undefined || result.validationErrors !== undefined)) {
    const code = result.validationErrors !== undefined ? "invalid_input" : ((result.serverError as PublicError).code ?? "internal");
    await appendAuditEntry(db, auditEvent(auditOutcomeForError(code), { reason: code }));
  }
  return result!;
});

type InputShape = z.ZodObject<typeof workspaceScopedInput.shape & z.ZodRawShape>;

/**
 * Defines a server action on the one authorized path and registers it. The only way to make
 * an action: `app/**` "use server" files export what this returns, and the permission test
 * fails on any export that is not registered.
 */
export function defineAction<Input extends InputShape, Data>(definition: {
  name: string;
  permission: Permission;
  mutates: boolean;
  input: Input;
  handler(args: { input: z.output<Input>; ctx: ActionContext }): Promise<Data>;
}) {
  const action = actionClient
    .metadata({ name: definition.name, permission: definition.permission, mutates: definition.mutates })
    .inputSchema(definition.input)
    .action(async ({ parsedInput, ctx }) => definition.handler({ input: parsedInput as z.output<Input>, ctx: ctx as ActionContext }));

  registerEntryPoint({
    name: definition.name,
    kind: "action",
    permission: definition.permission,
    mutates: definition.mutates,
    exported: action,
    async invoke(rawInput) {
      const result = await (action as (input: unknown) => Promise<{ serverError?: PublicError; validationErrors?: unknown }>)(rawInput);
      if (result?.validationErrors !== undefined) return { ok: false, code: "invalid_input" };
      if (result?.serverError !== undefined) return { ok: false, code: result.serverError.code };
      return { ok: true };
    },
  });
  return action;
}

