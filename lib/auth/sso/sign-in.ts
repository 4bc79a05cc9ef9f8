import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { invitations, memberships, passwordResetTokens, users, workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { appendAuditEntry } from "@/lib/audit/append";
import { createId } from "@/lib/ids";
import { revokeAllUserSessions } from "@/lib/auth/user-sessions";
import { hasInstanceOwner } from "@/lib/setup/setup-state";
import { decideSsoSignIn, emailDomain, normalizeSsoEmail, type SsoDecision, type SsoRefusalReason } from "./decide";
import { jitRulesForDomain, type SsoSettings } from "./settings";

/** What the OIDC callback knows about the person: the ID token's claims. */
export type SsoIdentity = {
  /** The IdP's subject (`sub`), kept in the audit detail of a refusal for tracing. */
  subject: string | null;
  email: unknown;
  emailVerified: unknown;
  name: unknown;
};

export type SsoSignInResult = { ok: true; userId: string } | { ok: false; reason: SsoRefusalReason | "error" };

/**
 * Decides an SSO sign-in (rules in decide.ts) and applies it: creates or links the account,
 * takes over an unproven password account, adds just-in-time memberships to an account it has
 * just created, and audits all of it.
 * The account row is locked while deciding, so a concurrent password change or a second SSO
 * callback cannot slip between the decision and the takeover.
 */
export async function signInWithSso(db: Database, settings: SsoSettings, identity: SsoIdentity): Promise<SsoSignInResult> {
  const email = normalizeSsoEmail(identity.email);
  const label = email ?? (identity.subject ? `oidc:${identity.subject}` : null);
  try {
    const outcome = await db.transaction(async (tx) => {
      const [account] = email
        ? await tx
            .select({
              id: users.id,
              passwordHash: users.passwordHash,
              disabledAt: users.disabledAt,
              emailVerifiedAt: users.emailVerifiedAt,
            })
            .from(users)
            .where(eq(users.email, email))
            .limit(1)
            .for("update")
        : [];
      const decision = decideSsoSignIn({
        isInstanceSetUp: await hasInstanceOwner(tx),
        email,
        emailVerifiedClaim: identity.emailVerified,
        allowedDomains: settings.allowedDomains,
        holdsInvitation: email ? await holdsOpenInvitation(tx, email) : false,
        existingAccount: account
          ? {
              id: account.id,
              isDisabled: account.disabledAt !== null,
              hasPassword: account.passwordHash !== null,
              isEmailVerified: account.emailVerifiedAt !== null,
            }
          : null,
      });
      if (decision.kind === "refuse") return { decision, accountId: account?.id ?? null };
      const userId = await applyDecision(tx, decision, { email: email!, name: identity.name });
      // Only for the account this sign-in created: never re-adds a member an admin removed (decide.ts, rule 5).
      if (decision.kind === "create") await addJitMemberships(tx, settings, { userId, email: email! });
      return { decision, accountId: userId };
    });

    const { decision, accountId } = outcome;
    if (decision.kind === "refuse") {
      await auditSignIn(db, {
        userId: accountId,
        label,
        outcome: "failed",
        // The real reason is for the audit reader; the person sees SSO_REFUSED_MESSAGE.
        detail: { method: "oidc", reason: decision.reason, emailVerifiedClaim: describeClaim(identity.emailVerified), subject: identity.subject },
      });
      return { ok: false, reason: decision.reason };
    }
    await auditSignIn(db, {
      userId: accountId,
      label,
      outcome: "success",
      detail: { method: "oidc", grant: decision.grant, ...(decision.kind === "create" ? { accountCreated: true } : {}) },
    });
    return { ok: true, userId: accountId! };
  } catch (error) {
    // A database failure or a lost race (the same email created concurrently): refuse, keep the cause in the log.
    console.error("[sso] sign-in failed", error);
    await auditSignIn(db, { userId: null, label, outcome: "failed", detail: { method: "oidc", reason: "error" } }).catch(() => undefined);
    return { ok: false, reason: "error" };
  }
}

/** An invitation the person could still accept; one into an archived workspace cannot be, so it does not count. */
async function holdsOpenInvitation(db: Database, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: invitations.id })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(
      and(
        eq(invitations.email, email),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, sql`now()`),
        isNull(workspaces.archivedAt),
      ),
    )
    .limit(1);
  return Boolean(row);
}

async function applyDecision(
  tx: Database,
  decision: Exclude<SsoDecision, { kind: "refuse" }>,
  person: { email: string; name: unknown },
): Promise<string> {
  if (decision.kind === "create") {
    const id = createId("user");
    const name = typeof person.name === "string" && person.name.trim() ? person.name.trim().slice(0, 200) : person.email.split("@")[0]!;
    // No ON CONFLICT: the row lock above cannot cover a row that does not exist yet, so a concurrent
    // callback for the same email fails here on the unique index and is refused (the person retries).
    await tx.insert(users).values({ id, email: person.email, name, passwordHash: null, emailVerifiedAt: sql`now()` });
    return id;
  }

  const userId = decision.accountId;
  if (decision.takeOver) {
    // The password may be someone else's (an admin who opened this person's invitation link): it goes,
    // with every session it opened and any reset link issued before the address was proven.
    await tx.update(users).set({ passwordHash: null, emailVerifiedAt: sql`now()` }).where(eq(users.id, userId));
    await revokeAllUserSessions(tx, { userId });
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
    await appendAuditEntry(tx, {
      workspaceId: null,
      actorUserId: userId,
      actorLabel: person.email,
      action: "auth.sso_took_over_unverified_account",
      targetType: "user",
      targetId: userId,
      outcome: "success",
      detail: { method: "oidc", grant: decision.grant, passwordRemoved: true, sessionsEnded: true },
    });
  } else if (decision.markEmailVerified) {
    await tx.update(users).set({ emailVerifiedAt: sql`now()` }).where(eq(users.id, userId));
  }
  return userId;
}

/** OIDC_JIT_MEMBERSHIPS for a just-created account: joins the configured workspaces with the rule's role. */
async function addJitMemberships(tx: Database, settings: SsoSettings, person: { userId: string; email: string }) {
  for (const rule of jitRulesForDomain(settings, emailDomain(person.email))) {
    const [workspace] = await tx
      .select({ id: workspaces.id, archivedAt: workspaces.archivedAt })
      .from(workspaces)
      .where(eq(workspaces.slug, rule.workspaceSlug))
      .limit(1);
    if (!workspace || workspace.archivedAt) {
      console.warn(
        `[sso] OIDC_JIT_MEMBERSHIPS: workspace "${rule.workspaceSlug}" is ${workspace ? "archived" : "missing"}; no membership added for ${rule.domain}.`,
      );
      continue;
    }
    const added = await tx
      .insert(memberships)
      .values({ workspaceId: workspace.id, userId: person.userId, role: rule.role })
      .onConflictDoNothing()
      .returning({ role: memberships.role });
    if (added.length === 0) continue;
    await appendAuditEntry(tx, {
      workspaceId: workspace.id,
      actorUserId: person.userId,
      actorLabel: person.email,
      action: "members.add",
      targetType: "user",
      targetId: person.userId,
      outcome: "success",
      detail: { role: rule.role, via: "sso_jit", domain: rule.domain },
    });
  }
}

async function auditSignIn(
  db: Database,
  entry: { userId: string | null; label: string | null; outcome: "success" | "failed"; detail: Record<string, unknown> },
) {
  await appendAuditEntry(db, {
    workspaceId: null,
    actorUserId: entry.userId,
    actorLabel: entry.label,
    action: "auth.sign_in",
    targetType: "user",
    targetId: entry.userId,
    outcome: entry.outcome,
    detail: entry.detail,
  });
}

/** The claim as the audit reader should see it: `absent`, or its JSON (a string "true" shows its quotes). */
function describeClaim(claim: unknown): string {
  if (claim === undefined) return "absent";
  try {
    return (JSON.stringify(claim) ?? String(claim)).slice(0, 40);
  } catch {
    return typeof claim;
  }
}
