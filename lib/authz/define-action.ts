import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { appendAuditEntry } from "@/lib/audit/append";
import { getSessionUserId } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Database } from "@/lib/db/types";
import { isAppError, toPublicError, type PublicError } from "@/lib/errors";
import { withLocalizedIssues } from "@/lib/i18n/localized-validation";
import { pathWordingForRequest } from "@/lib/i18n/path-wording";
import { runWithPinnedUiLocale, uiLocaleOrDefault } from "@/lib/i18n/request-locale";
import type { WorkspaceMembership } from "@/lib/workspaces/queries";
import { createAuditRecorder, type AuditRecorder } from "./audit-recorder";
import type { Actor } from "./authorize";
import { authorizeEntryPoint, authorizeScopedEntryPoint } from "./authorize-entry-point";
import { ENTRY_POINT_SCOPES, type EntryPointScope } from "./entry-point-scope";
import { auditOutcomeForError } from "./outcome";
import { PERMISSIONS, type Permission } from "./permissions";
import { consumePublicActionAttempt } from "./public-action-limiter";
import { registerEntryPoint } from "./registry";
import { currentRequestIp } from "./request-ip";
import { flattenNestedValidationErrors } from "./validation-errors";

/** Every workspace action names the workspace it acts in; the wrapper checks membership of exactly that one. */
export const workspaceScopedInput = z.object({ workspaceId: z.string().min(1).max(64) });
const workspaceIdOnly = workspaceScopedInput.partial();

const actionMetadata = z.object({
  name: z.string().regex(/^[a-z]+(\.[a-z_]+)+$/),
  scope: z.enum(ENTRY_POINT_SCOPES),
  permission: z.enum(PERMISSIONS).nullable(),
  mutates: z.boolean(),
});

export type ActionContext = {
  /** Inside a transaction for mutating actions: the change and its audit entry commit together. */
  db: Database;
  actor: Actor;
  membership: WorkspaceMembership;
  audit: AuditRecorder;
};
/** Account and instance actions: a signed-in actor, no workspace of their own. */
export type AccountActionContext = { db: Database; actor: Actor; audit: AuditRecorder; ip: string | null };
/** Public actions: no session; the handler proves the caller with a link secret. */
export type PublicActionContext = { db: Database; audit: AuditRecorder; ip: string | null };

type AnyContext = { db: Database; actor: Actor | null; membership: WorkspaceMembership | null; audit: AuditRecorder; ip: string | null };

/** Signals a rolled-back mutation from inside the transaction callback; never escapes the wrapper. */
class RollbackSignal extends Error {}

async function authorizeForScope(
  db: Database,
  metadata: z.output<typeof actionMetadata>,
  clientInput: unknown,
  ip: string | null,
): Promise<{ actor: Actor | null; membership: WorkspaceMembership | null }> {
  if (metadata.scope === "public") {
    await consumePublicActionAttempt(db, { action: metadata.name, ip });
    return { actor: null, membership: null };
  }
  // Token scope belongs to REST routes (lib/api/define-api-route.ts); an action never takes it.
  if (metadata.scope === "token") throw new Error(`${metadata.name}: token-scoped entry points are REST routes, not actions`);
  const userId = await getSessionUserId();
  if (metadata.scope === "workspace") {
    const requestedWorkspaceId = workspaceIdOnly.safeParse(clientInput).data?.workspaceId ?? null;
    return authorizeEntryPoint(db, { userId, workspaceId: requestedWorkspaceId, permission: metadata.permission!, action: metadata.name });
  }
  const actor = await authorizeScopedEntryPoint(db, { userId, scope: metadata.scope, action: metadata.name });
  return { actor, membership: null };
}

const actionClient = createSafeActionClient({
  defineMetadataSchema: () => actionMetadata,
  defaultValidationErrorsShape: "flattened",
  handleServerError(error): PublicError {
    // Expected errors carry their own sentence; anything else is logged and hidden.
    if (!isAppError(error)) console.error("[action] unexpected error:", error);
    return toPublicError(error);
  },
}).use(async ({ clientInput, metadata, next }) => {
  // The UI language is read (profile: one query) before any transaction opens; validation messages and anything
  // rendered inside the transaction use the pinned value (lib/i18n/request-locale.ts says why).
  return runWithPinnedUiLocale(await uiLocaleOrDefault(), async () => {
    const db = await getDb();
    const ip = await currentRequestIp();
    const access = await authorizeForScope(db, metadata, clientInput, ip);

    const audit = createAuditRecorder();
    const auditEvent = (outcome: Parameters<typeof appendAuditEntry>[1]["outcome"], extra: Record<string, unknown> = {}) => {
      const actor = access.actor ?? (audit.snapshot.actor ? { id: audit.snapshot.actor.id, email: audit.snapshot.actor.label } : null);
      return {
        workspaceId: access.membership?.workspaceId ?? audit.snapshot.workspaceId,
        actorUserId: actor?.id ?? null,
        actorLabel: actor?.email ?? (metadata.scope === "public" ? "anonymous" : null),
        action: metadata.name,
        targetType: audit.snapshot.targetType,
        targetId: audit.snapshot.targetId,
        outcome,
        detail: { ...audit.snapshot.detail, ...extra },
        ip,
      };
    };
    const context = (db: Database): AnyContext => ({ db, actor: access.actor, membership: access.membership, audit, ip });

    if (!metadata.mutates) return next({ ctx: context(db) });

    let result: Awaited<ReturnType<typeof next>> | undefined;
    try {
      await db.transaction(async (tx) => {
        result = await next({ ctx: context(tx) });
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
});

type WorkspaceInputShape = z.ZodObject<typeof workspaceScopedInput.shape & z.ZodRawShape>;

function buildAction<Input extends z.ZodObject<z.ZodRawShape>, Context, Data>(definition: {
  name: string;
  scope: EntryPointScope;
  permission: Permission | null;
  mutates: boolean;
  input: Input;
  handler(args: { input: z.output<Input>; ctx: Context }): Promise<Data>;
}) {
  const action = actionClient
    .metadata({ name: definition.name, scope: definition.scope, permission: definition.permission, mutates: definition.mutates })
    // Our own flattening keeps the messages of nested fields, which the library's "flattened" shape drops.
    // Field messages in the member's UI language (issue 20); see lib/i18n/localized-validation.ts.
    .inputSchema(withLocalizedIssues(definition.input), { handleValidationErrorsShape: async (errors) => flattenNestedValidationErrors(errors, await pathWordingForRequest()) })
    .action(async ({ parsedInput, ctx }) => definition.handler({ input: parsedInput as z.output<Input>, ctx: ctx as Context }));

  registerEntryPoint({
    name: definition.name,
    kind: "action",
    scope: definition.scope,
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

/**
 * Defines a server action on the one authorized path and registers it. The only way to make
 * an action: `app/**` "use server" files export what this (or one of its siblings below)
 * returns, and the permission test fails on any export that is not registered.
 */
export function defineAction<Input extends WorkspaceInputShape, Data>(definition: {
  name: string;
  permission: Permission;
  mutates: boolean;
  input: Input;
  handler(args: { input: z.output<Input>; ctx: ActionContext }): Promise<Data>;
}) {
  return buildAction<Input, ActionContext, Data>({ ...definition, scope: "workspace" });
}

/** An action on the caller's own account (profile, password, sessions, invitations addressed to them). */
export function defineAccountAction<Input extends z.ZodObject<z.ZodRawShape>, Data>(definition: {
  name: string;
  mutates: boolean;
  input: Input;
  handler(args: { input: z.output<Input>; ctx: AccountActionContext }): Promise<Data>;
}) {
  return buildAction<Input, AccountActionContext, Data>({ ...definition, scope: "account", permission: null });
}

/** An instance-wide action for instance owners (workspaces, owners). */
export function defineInstanceAction<Input extends z.ZodObject<z.ZodRawShape>, Data>(definition: {
  name: string;
  mutates: boolean;
  input: Input;
  handler(args: { input: z.output<Input>; ctx: AccountActionContext }): Promise<Data>;
}) {
  return buildAction<Input, AccountActionContext, Data>({ ...definition, scope: "instance", permission: null });
}

/**
 * An action for callers without a session, proven by a single-use link secret in its input
 * (first-run setup, accepting an invitation as a new account, password reset). Limited per IP.
 */
export function definePublicAction<Input extends z.ZodObject<z.ZodRawShape>, Data>(definition: {
  name: string;
  mutates: boolean;
  input: Input;
  handler(args: { input: z.output<Input>; ctx: PublicActionContext }): Promise<Data>;
}) {
  return buildAction<Input, PublicActionContext, Data>({ ...definition, scope: "public", permission: null });
}
