import "server-only";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { ApiCaller } from "@/lib/api-tokens/authenticate-token";
import { tokenActorLabel, tokenDetail } from "@/lib/api/authorize-api-call";
import type { ApiContext } from "@/lib/api/define-api-route";
import { appendAuditEntry, type AuditOutcome } from "@/lib/audit/append";
import { createAuditRecorder, type AuditRecorder } from "@/lib/authz/audit-recorder";
import { roleHasPermission, type Permission } from "@/lib/authz/permissions";
import type { Database } from "@/lib/db/types";
import type { ErrorCode } from "@/lib/errors";

/** One MCP HTTP request's caller: the authenticated token, the database and the client address. */
export type McpCaller = { caller: ApiCaller; db: Database; ip: string | null };

/**
 * The audit entry of one tool call or resource read, written exactly like a REST call's
 * (define-api-route.ts): the token's actor label and `tokenId`/`tokenName`/`tokenKind` in detail.
 */
export function mcpAudit({ caller, ip }: McpCaller, action: string) {
  const audit = createAuditRecorder();
  const write = (db: Database, outcome: AuditOutcome, extra: Record<string, unknown> = {}) =>
    appendAuditEntry(db, {
      workspaceId: caller.membership.workspaceId,
      actorUserId: caller.actor.id,
      actorLabel: tokenActorLabel(caller),
      action,
      targetType: audit.snapshot.targetType,
      targetId: audit.snapshot.targetId,
      outcome,
      detail: { ...audit.snapshot.detail, ...extra, ...tokenDetail(caller.token) },
      ip,
    });
  return { audit, write };
}

export function apiContext({ caller, ip }: McpCaller, db: Database, audit: AuditRecorder): ApiContext {
  return { db, actor: caller.actor, actorLabel: tokenActorLabel(caller), membership: caller.membership, permissions: caller.permissions, token: caller.token, audit, ip };
}

/** Null when the token may use `permission`; else the same sentence REST answers with. */
export function permissionRefusal(caller: ApiCaller, permission: Permission): string | null {
  if (caller.permissions.has(permission)) return null;
  return roleHasPermission(caller.membership.role, permission)
    ? `This token's scopes do not include ${permission}.`
    : `The ${caller.membership.role} role this token acts with does not allow ${permission}.`;
}

/** An MCP tool error: the model reads the sentence; `_meta` carries the stable code (and field errors). */
export function toolError(code: ErrorCode, message: string, errors?: Record<string, string[]>): CallToolResult {
  return {
    isError: true,
    content: [{ type: "text", text: `${message} [${code}]` }],
    _meta: { "brandpilot/error": { code, ...(errors ? { errors } : {}) } },
  };
}
