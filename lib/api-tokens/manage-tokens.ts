import "server-only";
import { and, asc, count, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { apiTokens, memberships, users, workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { generateApiToken } from "./token-format";
import { MAX_TOKEN_EXPIRY_DAYS, scopesBeyondRole } from "./token-permissions";

// Bounds, so a script in a loop cannot fill the table; generous for real use.
const MAX_ACTIVE_PERSONAL_TOKENS = 20;
const MAX_ACTIVE_SERVICE_TOKENS = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

export type CreatedToken = { id: string; name: string; prefix: string; expiresAt: Date; /** Shown once, never stored. */ token: string };

type CreateOptions = {
  workspaceId: string;
  actorId: string;
  name: string;
  expiresInDays: number;
  /** null: everything the role allows, now and after role changes (always capped by the role). */
  scopes: string[] | null;
};

function activeTokens(workspaceId: string) {
  return and(eq(apiTokens.workspaceId, workspaceId), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, new Date()));
}

async function insertToken(
  db: Database,
  options: CreateOptions & { kind: "personal" | "service"; userId: string; role: Role | null },
): Promise<CreatedToken> {
  if (!Number.isInteger(options.expiresInDays) || options.expiresInDays < 1 || options.expiresInDays > MAX_TOKEN_EXPIRY_DAYS) {
    throw new AppError("invalid_input", { key: "apiTokens.tokenExpiresAfter1", params: { maxTokenExpiryDays: MAX_TOKEN_EXPIRY_DAYS } });
  }
  const generated = generateApiToken();
  const id = createId("apiToken");
  const expiresAt = new Date(Date.now() + options.expiresInDays * DAY_MS);
  await db.insert(apiTokens).values({
    id,
    workspaceId: options.workspaceId,
    kind: options.kind,
    name: options.name,
    prefix: generated.prefix,
    secretHash: generated.secretHash,
    userId: options.userId,
    role: options.role,
    scopes: options.scopes,
    createdByUserId: options.actorId,
    expiresAt,
  });
  return { id, name: options.name, prefix: generated.prefix, expiresAt, token: generated.token };
}

function refuseScopesBeyond(role: Role, scopes: string[] | null, whose: "yours" | "role") {
  const beyond = scopes ? scopesBeyondRole({ role, scopes }) : [];
  if (beyond.length > 0) throw new AppError("invalid_input", { key: "apiTokens.scopesBeyondRole", params: { whose, role, scopes: beyond.join(", ") } });
  if (scopes && scopes.length === 0) throw new AppError("invalid_input", { key: "apiTokens.chooseAtLeastOne" });
}

/** A token acting as the member who creates it, with at most the member's permissions. */
export async function createPersonalToken(db: Database, options: CreateOptions & { memberRole: Role }): Promise<CreatedToken> {
  refuseScopesBeyond(options.memberRole, options.scopes, "yours");
  const [active] = await db
    .select({ n: count() })
    .from(apiTokens)
    .where(and(activeTokens(options.workspaceId), eq(apiTokens.kind, "personal"), eq(apiTokens.userId, options.actorId)));
  if ((active?.n ?? 0) >= MAX_ACTIVE_PERSONAL_TOKENS) {
    throw new AppError("conflict", { key: "apiTokens.alreadyHaveActiveTokens", params: { maxActivePersonalTokens: MAX_ACTIVE_PERSONAL_TOKENS } });
  }
  return insertToken(db, { ...options, kind: "personal", userId: options.actorId, role: null });
}

/** A workspace token with its own role, owned by the admin who creates it (see docs/api.md: owner leaves). */
export async function createServiceToken(db: Database, options: CreateOptions & { role: Role }): Promise<CreatedToken> {
  refuseScopesBeyond(options.role, options.scopes, "role");
  const [active] = await db.select({ n: count() }).from(apiTokens).where(and(activeTokens(options.workspaceId), eq(apiTokens.kind, "service")));
  if ((active?.n ?? 0) >= MAX_ACTIVE_SERVICE_TOKENS) {
    throw new AppError("conflict", { key: "apiTokens.workspaceAlreadyHasActive", params: { maxActiveServiceTokens: MAX_ACTIVE_SERVICE_TOKENS } });
  }
  return insertToken(db, { ...options, kind: "service", userId: options.actorId, role: options.role });
}

/**
 * Revokes a token of the workspace. `onlyOwnPersonal`: a member revoking from their profile may
 * only revoke their own personal tokens; an admin revokes any. Another workspace's token, or one
 * the caller may not touch, answers not_found. Revoking twice is harmless.
 */
export async function revokeApiToken(
  db: Database,
  options: { workspaceId: string; tokenId: string; actorId: string; onlyOwnPersonal: boolean },
): Promise<{ id: string; name: string; kind: "personal" | "service"; alreadyRevoked: boolean }> {
  const [token] = await db
    .select({ id: apiTokens.id, name: apiTokens.name, kind: apiTokens.kind, userId: apiTokens.userId, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.workspaceId, options.workspaceId), eq(apiTokens.id, options.tokenId)))
    .for("update");
  if (!token || (options.onlyOwnPersonal && (token.kind !== "personal" || token.userId !== options.actorId))) {
    throw new AppError("not_found", { key: "apiTokens.tokenNotFound" });
  }
  if (!token.revokedAt) {
    await db
      .update(apiTokens)
      .set({ revokedAt: new Date(), revokedByUserId: options.actorId })
      .where(and(eq(apiTokens.workspaceId, options.workspaceId), eq(apiTokens.id, token.id)));
  }
  return { id: token.id, name: token.name, kind: token.kind, alreadyRevoked: Boolean(token.revokedAt) };
}

const listedColumns = {
  id: apiTokens.id,
  workspaceId: apiTokens.workspaceId,
  kind: apiTokens.kind,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  role: apiTokens.role,
  scopes: apiTokens.scopes,
  createdAt: apiTokens.createdAt,
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastUsedAt,
  lastUsedIp: apiTokens.lastUsedIp,
  revokedAt: apiTokens.revokedAt,
};

/**
 * The workspace's tokens with whom they belong to (the admin page): live ones first, then revoked
 * or expired, each newest first. The cap must never hide a live token behind dead ones (at most
 * 50 service + 20 personal per member are live, so the cap only trims old dead ones).
 */
export async function listWorkspaceTokens(db: Database, options: { workspaceId: string }) {
  return db
    .select({ ...listedColumns, ownerEmail: users.email, ownerRole: memberships.role })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .leftJoin(memberships, and(eq(memberships.workspaceId, apiTokens.workspaceId), eq(memberships.userId, apiTokens.userId)))
    .where(eq(apiTokens.workspaceId, options.workspaceId))
    .orderBy(asc(sql`(${apiTokens.revokedAt} is not null or ${apiTokens.expiresAt} <= now())`), desc(apiTokens.createdAt))
    .limit(500);
}

/** The caller's own personal tokens in workspaces they still belong to (the account page). */
export async function listPersonalTokensOfUser(db: Database, options: { userId: string }) {
  return db
    .select({ ...listedColumns, workspaceName: workspaces.name })
    .from(apiTokens)
    .innerJoin(memberships, and(eq(memberships.workspaceId, apiTokens.workspaceId), eq(memberships.userId, apiTokens.userId)))
    .innerJoin(workspaces, and(eq(workspaces.id, apiTokens.workspaceId), isNull(workspaces.archivedAt)))
    .where(and(eq(apiTokens.userId, options.userId), eq(apiTokens.kind, "personal")))
    .orderBy(desc(apiTokens.createdAt))
    .limit(200);
}

export type ListedToken = Awaited<ReturnType<typeof listWorkspaceTokens>>[number];
export type ListedPersonalToken = Awaited<ReturnType<typeof listPersonalTokensOfUser>>[number];
