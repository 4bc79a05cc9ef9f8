import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { invitations, users, workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { hashLinkToken, LINK_TOKEN_PATTERN } from "@/lib/auth/tokens";
import { invitationState, type InvitationState } from "./state";

const inviters = alias(users, "inviters");

export type PendingInvitation = {
  id: string;
  email: string;
  role: Role;
  invitedByName: string | null;
  expiresAt: Date;
  lastSentAt: Date;
  sendCount: number;
  state: Extract<InvitationState, "valid" | "expired">;
};

/** Open invitations of one workspace (valid or expired; accepted and revoked ones are history in the audit log). */
export async function listWorkspaceInvitations(db: Database, options: { workspaceId: string; now?: Date }): Promise<PendingInvitation[]> {
  const rows = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      invitedByName: inviters.name,
      expiresAt: invitations.expiresAt,
      lastSentAt: invitations.lastSentAt,
      sendCount: invitations.sendCount,
    })
    .from(invitations)
    .leftJoin(inviters, eq(inviters.id, invitations.invitedByUserId))
    .where(and(eq(invitations.workspaceId, options.workspaceId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .orderBy(asc(invitations.email));
  return rows.map((row) => ({
    ...row,
    state: invitationState({ acceptedAt: null, revokedAt: null, expiresAt: row.expiresAt }, options.now) as "valid" | "expired",
  }));
}

export type InvitationForToken = {
  id: string;
  workspaceId: string;
  workspaceSlug: string;
  workspaceName: string;
  email: string;
  role: Role;
  inviterName: string | null;
  expiresAt: Date;
  state: InvitationState;
  /** Whether an account with the invited email exists. Only for the holder of the token (the accept page). */
  accountExists: boolean;
};

/**
 * The invitation a link token points at, or null for a malformed, unknown or replaced token (a
 * resend stores a new hash, so the old link finds nothing) and for an archived workspace.
 * Looked up by the token's hash only; the token itself is never stored or logged.
 */
export async function getInvitationForToken(db: Database, options: { token: string; now?: Date }): Promise<InvitationForToken | null> {
  if (!LINK_TOKEN_PATTERN.test(options.token)) return null;
  const [row] = await db
    .select({
      id: invitations.id,
      workspaceId: invitations.workspaceId,
      workspaceSlug: workspaces.slug,
      workspaceName: workspaces.name,
      email: invitations.email,
      role: invitations.role,
      inviterName: inviters.name,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      accountExists: sql<boolean>`exists (select 1 from ${users} where ${users.email} = ${invitations.email})`,
    })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .leftJoin(inviters, eq(inviters.id, invitations.invitedByUserId))
    .where(and(eq(invitations.tokenHash, hashLinkToken(options.token)), isNull(workspaces.archivedAt)))
    .limit(1);
  if (!row) return null;
  const { acceptedAt, revokedAt, ...rest } = row;
  return { ...rest, accountExists: Boolean(row.accountExists), state: invitationState({ acceptedAt, revokedAt, expiresAt: row.expiresAt }, options.now) };
}
