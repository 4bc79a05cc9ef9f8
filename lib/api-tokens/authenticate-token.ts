import "server-only";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { apiTokens } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { authorizeAccount, type Actor } from "@/lib/authz/authorize";
import type { Permission } from "@/lib/authz/permissions";
import { AppError, type ErrorMessage } from "@/lib/errors";
import { getMembership, type WorkspaceMembership } from "@/lib/workspaces/queries";
import { parseApiToken, secretMatches } from "./token-format";
import { effectiveTokenPermissions } from "./token-permissions";

/** Last-used time and address are written at most this often per token, so busy tokens cost no write per call. */
export const LAST_USED_WRITE_INTERVAL_MS = 60_000;

export type TokenIdentity = { id: string; name: string; kind: "personal" | "service"; workspaceId: string };

export type ApiCaller = {
  token: TokenIdentity;
  /** Personal: the member. Service: the owning admin, who answers for what the token does. */
  actor: Actor;
  /** The workspace comes from the token; `role` is the role the token acts with. */
  membership: WorkspaceMembership;
  permissions: ReadonlySet<Permission>;
};

/** A refusal that knows which token was presented, so it can be audited against it. */
export class TokenRefusal extends AppError {
  constructor(
    message: ErrorMessage,
    readonly token: (TokenIdentity & { userId: string }) | null,
  ) {
    super("unauthorized", message);
  }
}

/**
 * Token → caller, or a TokenRefusal (401) saying why: malformed, unknown, revoked, expired, its
 * member gone or disabled, or a service token whose owner is no longer an admin of the workspace.
 * What happens when a service token's owner leaves or is demoted: the token stops working (401)
 * until an admin creates a replacement. Nobody is left holding a credential that no current admin
 * answers for, and a departing admin cannot keep access through a token they made.
 */
export async function authenticateApiToken(db: Database, options: { token: string; ip: string | null; now?: Date }): Promise<ApiCaller> {
  const now = options.now ?? new Date();
  const parts = parseApiToken(options.token);
  if (!parts) throw new TokenRefusal({ key: "apiTokens.malformed" }, null);
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.prefix, parts.prefix)).limit(1);
  if (!row || !secretMatches(parts.secret, row.secretHash)) throw new TokenRefusal({ key: "apiTokens.notValid" }, null);
  const identity = { id: row.id, name: row.name, kind: row.kind, workspaceId: row.workspaceId, userId: row.userId };
  if (row.revokedAt) throw new TokenRefusal({ key: "apiTokens.revoked" }, identity);
  if (row.expiresAt <= now) throw new TokenRefusal({ key: "apiTokens.expired" }, identity);

  // Independent lookups, run together: on PostgreSQL that is one round trip less on every API call.
  const [account, membership] = await Promise.all([
    authorizeAccount(db, { userId: row.userId }).catch(() => null),
    getMembership(db, { workspaceId: row.workspaceId, userId: row.userId }),
  ]);
  if (!account) throw new TokenRefusal({ key: "apiTokens.accountDisabled" }, identity);
  const actor: Actor = account;
  if (!membership) throw new TokenRefusal({ key: "apiTokens.memberGone" }, identity);
  if (row.kind === "service" && membership.role !== "admin") {
    throw new TokenRefusal({ key: "apiTokens.serviceOwnerNotAdmin" }, identity);
  }
  const role = row.kind === "service" ? row.role! : membership.role;
  await touchLastUsed(db, { tokenId: row.id, lastUsedAt: row.lastUsedAt, ip: options.ip, now });
  return {
    token: { id: row.id, name: row.name, kind: row.kind, workspaceId: row.workspaceId },
    actor,
    membership: { ...membership, role },
    permissions: effectiveTokenPermissions({ role, scopes: row.scopes }),
  };
}

async function touchLastUsed(db: Database, options: { tokenId: string; lastUsedAt: Date | null; ip: string | null; now: Date }) {
  const threshold = new Date(options.now.getTime() - LAST_USED_WRITE_INTERVAL_MS);
  if (options.lastUsedAt && options.lastUsedAt > threshold) return;
  // Conditional, so parallel first calls write once and an older timestamp never overwrites a newer one.
  await db
    .update(apiTokens)
    .set({ lastUsedAt: options.now, lastUsedIp: options.ip })
    .where(and(eq(apiTokens.id, options.tokenId), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, threshold))));
}
