import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { invitations } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { generateLinkToken, hashLinkToken } from "@/lib/auth/tokens";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { deliverInvitation, type InvitationDelivery, type MailOptions } from "./deliver";
import { assertNotMember, loadInvitationNames, normalizeEmail } from "./guards";
import { invitationUrl } from "./link-base-url";

export type IssuedInvitation = {
  invitation: { id: string; email: string; role: Role; expiresAt: Date; sendCount: number };
  /** True when an open invitation for this email already existed and was sent again instead. */
  resent: boolean;
  delivery: InvitationDelivery;
  /**
   * The working link, only when it was not mailed: shown once to the admin to hand over. Null
   * when mailed, so an admin never holds a link meant for someone who can receive mail. The
   * database keeps only the token's hash; nothing here or anywhere is a password.
   */
  link: string | null;
};

type IssueOptions = {
  /** Where the accept page lives, and whether to mail (see resolveInvitationLinkSettings). */
  baseUrl: string;
  /** Absent or null: the link is shown to the admin, not mailed. */
  mail?: MailOptions | null;
  ttlHours?: number;
};

const returnedColumns = {
  id: invitations.id,
  email: invitations.email,
  role: invitations.role,
  expiresAt: invitations.expiresAt,
  sendCount: invitations.sendCount,
  invitedByUserId: invitations.invitedByUserId,
};

/** Expiry from the database clock, the same clock the accept step compares against. */
const expiresIn = (ttlHours: number) => sql`now() + make_interval(hours => ${ttlHours}::int)`;

async function deliver(
  db: Database,
  row: { id: string; email: string; role: Role; expiresAt: Date; sendCount: number; invitedByUserId: string | null },
  options: IssueOptions & { workspaceId: string; token: string; resent: boolean },
): Promise<IssuedInvitation> {
  const names = await loadInvitationNames(db, { workspaceId: options.workspaceId, inviterUserId: row.invitedByUserId });
  const url = invitationUrl(options.baseUrl, options.token);
  // Sent inside the action's transaction: the result decides whether the admin sees the link.
  // send-mail bounds its waits, so a dead SMTP server holds the row lock for seconds, not minutes.
  const delivery = await deliverInvitation({ to: row.email, url, ...names, role: row.role, expiresAt: row.expiresAt, mail: options.mail });
  const { invitedByUserId: _, ...invitation } = row;
  return { invitation, resent: options.resent, delivery, link: delivery === "mailed" ? null : url };
}

/**
 * Invites an email into a workspace with a role. The person becomes a member only when they
 * accept (lib/invitations/accept.ts). Inviting an email that already has an open invitation in
 * this workspace sends that one again with a new token and the role asked for now, so there is
 * never more than one live link per person and workspace.
 */
export async function createInvitation(
  db: Database,
  options: IssueOptions & { workspaceId: string; email: string; role: Role; invitedByUserId: string },
): Promise<IssuedInvitation> {
  const email = normalizeEmail(options.email);
  return db.transaction(async (tx) => {
    await assertNotMember(tx, { workspaceId: options.workspaceId, email });
    const token = generateLinkToken();
    const tokenHash = hashLinkToken(token);
    const ttlHours = options.ttlHours ?? env.INVITATION_TTL_HOURS;
    // The partial unique index (one open invitation per workspace and email) is the arbiter, so two
    // admins inviting the same person at once end with one invitation, not a unique-violation error.
    const [row] = await tx
      .insert(invitations)
      .values({
        id: createId("invitation"),
        workspaceId: options.workspaceId,
        email,
        role: options.role,
        tokenHash,
        invitedByUserId: options.invitedByUserId,
        expiresAt: expiresIn(ttlHours),
      })
      .onConflictDoUpdate({
        target: [invitations.workspaceId, invitations.email],
        targetWhere: sql`accepted_at is null and revoked_at is null`,
        set: {
          tokenHash,
          role: options.role,
          invitedByUserId: options.invitedByUserId,
          expiresAt: expiresIn(ttlHours),
          lastSentAt: sql`now()`,
          sendCount: sql`${invitations.sendCount} + 1`,
        },
      })
      .returning(returnedColumns);
    if (!row) throw new Error("invitation upsert returned no row");
    return deliver(tx, row, { ...options, token, resent: row.sendCount > 1 });
  });
}

/**
 * Sends an open invitation again with a new token: the older link stops working at once (only
 * the new hash is stored), and the expiry starts over. An expired invitation can be resent.
 */
export async function resendInvitation(
  db: Database,
  options: IssueOptions & { workspaceId: string; invitationId: string },
): Promise<IssuedInvitation> {
  const token = generateLinkToken();
  const ttlHours = options.ttlHours ?? env.INVITATION_TTL_HOURS;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ tokenHash: hashLinkToken(token), expiresAt: expiresIn(ttlHours), lastSentAt: sql`now()`, sendCount: sql`${invitations.sendCount} + 1` })
      .where(
        and(
          eq(invitations.id, options.invitationId),
          eq(invitations.workspaceId, options.workspaceId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning(returnedColumns);
    if (!row) throw await closedInvitationError(tx, options);
    await assertNotMember(tx, { workspaceId: options.workspaceId, email: row.email });
    return deliver(tx, row, { ...options, token, resent: true });
  });
}

/** Why an invitation of this workspace cannot change any more (or not_found: other workspaces' ids answer the same). */
export async function closedInvitationError(db: Database, options: { workspaceId: string; invitationId: string }): Promise<AppError> {
  const [existing] = await db
    .select({ acceptedAt: invitations.acceptedAt, revokedAt: invitations.revokedAt })
    .from(invitations)
    .where(and(eq(invitations.id, options.invitationId), eq(invitations.workspaceId, options.workspaceId)))
    .limit(1);
  if (!existing) return new AppError("not_found", { key: "invitations.invitationDoesNotExist" });
  if (existing.acceptedAt) return new AppError("conflict", { key: "invitations.invitationWasAlreadyAccepted" });
  return new AppError("conflict", { key: "invitations.invitationWasRevokedInvite" });
}
