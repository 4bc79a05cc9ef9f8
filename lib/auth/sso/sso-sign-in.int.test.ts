import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { NextAuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { getDb } from "@/lib/db/client";
import { auditLog, invitations, memberships, passwordResetTokens, users, workspaces } from "@/lib/db/schema";
import { createId } from "@/lib/ids";
import { addTestMembership, createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { verifyPassword } from "@/lib/auth/password";
import { hashLinkToken, generateLinkToken } from "@/lib/auth/tokens";
import { buildAuthOptions, getAuthOptions, PASSWORD_SIGN_IN_DISABLED_ERROR, type AuthSettings } from "@/lib/auth/options";
import { createUserSession, resolveActiveSession } from "@/lib/auth/user-sessions";
import type { Role } from "@/lib/authz/roles";
import { hasAnyUser } from "@/lib/setup/setup-state";
import { findUsableSetupToken, issueSetupToken } from "@/lib/setup/setup-tokens";
import { withFreshDatabase } from "@/lib/testing/fresh-database";

/*
 * The OIDC callbacks as next-auth calls them after the IdP's redirect: signIn({ user, account,
 * profile }) with the ID token's claims as `profile`, then jwt() with the same `user` object.
 */

const PASSWORD = "correct horse battery";
const unique = () => randomBytes(5).toString("hex");

function settings(overrides: { sso?: Partial<AuthSettings["sso"]>; isPasswordSignInEnabled?: boolean } = {}): AuthSettings {
  return {
    oidc: null,
    isPasswordSignInEnabled: overrides.isPasswordSignInEnabled ?? true,
    sso: { allowedDomains: ["brand.example"], jitMemberships: [], ...overrides.sso },
  };
}

type Claims = { sub?: string; email?: string; email_verified?: unknown; name?: string };

/** Runs signIn and, when it lets the person in, jwt: the token is what the browser would get. */
async function ssoSignIn(options: NextAuthOptions, claims: Claims): Promise<{ allowed: unknown; token: JWT | null }> {
  const sub = claims.sub ?? `idp-${unique()}`;
  const profile = { sub, ...claims };
  // next-auth builds `user` from the provider's profile() (email lower-cased) and passes the same object to jwt.
  const user = { id: sub, email: claims.email?.toLowerCase() ?? null, name: claims.name ?? null };
  const account = { provider: "oidc", type: "oauth" as const, providerAccountId: sub };
  const allowed = await options.callbacks!.signIn!({ user, account, profile } as never);
  if (allowed !== true) return { allowed, token: null };
  const token = await options.callbacks!.jwt!({ token: {}, user, account, profile, trigger: "signIn" } as never);
  return { allowed, token };
}

async function userRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}

async function auditOf(options: { action: string; label?: string; workspaceId?: string; targetId?: string }) {
  const db = await getDb();
  return db
    .select({ outcome: auditLog.outcome, detail: auditLog.detail, actorUserId: auditLog.actorUserId, workspaceId: auditLog.workspaceId })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, options.action),
        options.label ? eq(auditLog.actorLabel, options.label) : undefined,
        options.workspaceId ? eq(auditLog.workspaceId, options.workspaceId) : undefined,
        options.targetId ? eq(auditLog.targetId, options.targetId) : undefined,
      ),
    )
    .orderBy(auditLog.seq);
}

async function createInvitation(options: { workspaceId: string; email: string; role?: Role; expiresInMs?: number; revoked?: boolean }) {
  const db = await getDb();
  await db.insert(invitations).values({
    id: createId("invitation"),
    workspaceId: options.workspaceId,
    email: options.email,
    role: options.role ?? "editor",
    tokenHash: hashLinkToken(generateLinkToken()),
    expiresAt: new Date(Date.now() + (options.expiresInMs ?? 3_600_000)),
    revokedAt: options.revoked ? new Date() : null,
  });
}

async function usersWithEmail(email: string) {
  const db = await getDb();
  return db.select({ id: users.id }).from(users).where(eq(users.email, email));
}

// SSO waits for first-run setup (an instance owner); this file's instance has been set up.
beforeAll(async () => {
  await createTestUser({ email: `owner-${unique()}@brand.example`, instanceOwner: true });
});

describe("SSO sign-in before first-run setup (regression)", () => {
  it("neither creates nor links an account while no instance owner exists, so setup stays open", async () => {
    await withFreshDatabase(async (db) => {
      const printed = (await issueSetupToken(db))!;
      const options = buildAuthOptions(settings());
      const email = `first-${unique()}@brand.example`;

      const { allowed, token } = await ssoSignIn(options, { email, email_verified: true, name: "Early Bird" });

      expect(allowed).not.toBe(true);
      expect(token).toBeNull();
      expect(await usersWithEmail(email)).toEqual([]);
      expect(await hasAnyUser(db)).toBe(false);
      expect(await findUsableSetupToken(db, { token: printed.token })).not.toBeNull();
      expect(await auditOf({ action: "auth.sign_in", label: email })).toEqual([
        expect.objectContaining({ outcome: "failed", actorUserId: null, detail: expect.objectContaining({ method: "oidc", reason: "instance_not_set_up" }) }),
      ]);

      // An account that exists without an owner (made outside setup) is not linked either.
      const orphan = await createTestUser({ email: `orphan-${unique()}@brand.example`, password: PASSWORD });
      expect((await ssoSignIn(options, { email: orphan.email, email_verified: true })).allowed).not.toBe(true);
      expect((await userRow(orphan.id)).passwordHash).not.toBeNull();
      expect((await auditOf({ action: "auth.sign_in", label: orphan.email })).at(-1)).toMatchObject({ detail: { reason: "instance_not_set_up" } });

      // Once an owner exists, the same identity signs in.
      await createTestUser({ instanceOwner: true });
      expect((await ssoSignIn(options, { email, email_verified: true })).allowed).toBe(true);
    });
  });
});

describe("SSO sign-in: unverified email (regression)", () => {
  it("refuses an identity without email_verified and does not link it to the existing account", async () => {
    const victim = await createTestUser({ email: `cfo-${unique()}@brand-b.example`, password: PASSWORD });
    const before = await userRow(victim.id);

    // The app's own options, as configured by the environment.
    const { allowed, token } = await ssoSignIn(getAuthOptions(), { email: victim.email, name: "Attacker" });

    expect(allowed).not.toBe(true);
    expect(token).toBeNull();
    const after = await userRow(victim.id);
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.sessionVersion).toBe(before.sessionVersion);
    expect(after.emailVerifiedAt).toBeNull();
    const db = await getDb();
    expect(await db.select().from(memberships).where(eq(memberships.userId, victim.id))).toEqual([]);
    expect(await auditOf({ action: "auth.sign_in", label: victim.email })).toEqual([
      expect.objectContaining({
        outcome: "failed",
        actorUserId: victim.id,
        detail: expect.objectContaining({ method: "oidc", reason: "email_not_verified", emailVerifiedClaim: "absent" }),
      }),
    ]);
  });

  it("refuses false and the string \"true\" even for an allowed domain with an invitation", async () => {
    const options = buildAuthOptions(settings());
    const workspace = await createTestWorkspace();
    for (const claim of [false, "true"]) {
      const victim = await createTestUser({ email: `cfo-${unique()}@brand.example`, password: PASSWORD });
      await createInvitation({ workspaceId: workspace.id, email: victim.email });
      expect((await ssoSignIn(options, { email: victim.email, email_verified: claim })).allowed).toBe(false);
      expect((await userRow(victim.id)).passwordHash).not.toBeNull();
      expect((await auditOf({ action: "auth.sign_in", label: victim.email })).at(-1)).toMatchObject({
        outcome: "failed",
        detail: { reason: "email_not_verified" },
      });
    }
    // And no account is created for a new unverified address either.
    const stranger = `new-${unique()}@brand.example`;
    expect((await ssoSignIn(options, { email: stranger })).allowed).toBe(false);
    expect(await usersWithEmail(stranger)).toEqual([]);
  });
});

describe("SSO sign-in: linking", () => {
  it("links a verified allowed-domain identity and takes over an unproven password account", async () => {
    const db = await getDb();
    const account = await createTestUser({ email: `cfo-${unique()}@brand.example`, password: PASSWORD });
    // A session opened with the password someone else may have set, and a reset link issued before.
    const oldSession = await createUserSession(db, { userId: account.id, method: "password" });
    const resetId = createId("passwordReset");
    await db.insert(passwordResetTokens).values({
      id: resetId,
      userId: account.id,
      tokenHash: hashLinkToken(generateLinkToken()),
      expiresAt: new Date(Date.now() + 3_600_000),
    });

    const { allowed, token } = await ssoSignIn(buildAuthOptions(settings()), { email: account.email.toUpperCase(), email_verified: true });

    expect(allowed).toBe(true);
    expect(token).toMatchObject({ uid: account.id, sv: oldSession.sessionVersion + 1 });
    const after = await userRow(account.id);
    expect(after.passwordHash).toBeNull();
    expect(after.emailVerifiedAt).not.toBeNull();
    expect(after.sessionVersion).toBe(oldSession.sessionVersion + 1);
    expect(await resolveActiveSession(db, { uid: account.id, sid: oldSession.sessionId, sv: oldSession.sessionVersion })).toBeNull();
    expect(await resolveActiveSession(db, token!)).toBe(account.id);
    const [reset] = await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.id, resetId));
    expect(reset!.usedAt).not.toBeNull();
    expect(await auditOf({ action: "auth.sso_took_over_unverified_account", targetId: account.id })).toEqual([
      expect.objectContaining({ outcome: "success", detail: expect.objectContaining({ passwordRemoved: true, sessionsEnded: true }) }),
    ]);
    expect((await auditOf({ action: "auth.sign_in", label: account.email })).at(-1)).toMatchObject({
      outcome: "success",
      detail: { method: "oidc", grant: "allowed_domain" },
    });
  });

  it("keeps the password and sessions of an account whose address was already proven", async () => {
    const db = await getDb();
    const account = await createTestUser({ email: `cmo-${unique()}@brand.example`, password: PASSWORD });
    await db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, account.id));
    const oldSession = await createUserSession(db, { userId: account.id, method: "password" });

    const { token } = await ssoSignIn(buildAuthOptions(settings()), { email: account.email, email_verified: true });

    expect(token).toMatchObject({ uid: account.id });
    const after = await userRow(account.id);
    expect(await verifyPassword(after.passwordHash!, PASSWORD)).toBe(true);
    expect(await resolveActiveSession(db, { uid: account.id, sid: oldSession.sessionId, sv: oldSession.sessionVersion })).toBe(account.id);
    expect(await auditOf({ action: "auth.sso_took_over_unverified_account", targetId: account.id })).toEqual([]);
  });

  it("marks a password-less unproven address as proven without a takeover", async () => {
    const account = await createTestUser({ email: `pr-${unique()}@brand.example` });
    const { token } = await ssoSignIn(buildAuthOptions(settings()), { email: account.email, email_verified: true });
    expect(token).toMatchObject({ uid: account.id });
    expect((await userRow(account.id)).emailVerifiedAt).not.toBeNull();
    expect(await auditOf({ action: "auth.sso_took_over_unverified_account", targetId: account.id })).toEqual([]);
  });

  it("refuses a lookalike or unlisted domain without an invitation, for existing and new accounts", async () => {
    const options = buildAuthOptions(settings());
    const existing = await createTestUser({ email: `cfo-${unique()}@evilbrand.example`, password: PASSWORD });
    expect((await ssoSignIn(options, { email: existing.email, email_verified: true })).allowed).toBe(false);
    expect((await userRow(existing.id)).passwordHash).not.toBeNull();
    expect((await auditOf({ action: "auth.sign_in", label: existing.email })).at(-1)).toMatchObject({
      outcome: "failed",
      detail: { reason: "not_allowed_to_link" },
    });

    for (const email of [`new-${unique()}@evilbrand.example`, `new-${unique()}@mail.brand.example`]) {
      expect((await ssoSignIn(options, { email, email_verified: true })).allowed).toBe(false);
      expect(await usersWithEmail(email)).toEqual([]);
      expect(await auditOf({ action: "auth.sign_in", label: email })).toEqual([
        expect.objectContaining({ outcome: "failed", detail: expect.objectContaining({ reason: "no_invitation" }) }),
      ]);
    }
  });

  it("lets the holder of an open invitation link to their account without making them a member", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const invited = await createTestUser({ email: `partner-${unique()}@agency.example`, password: PASSWORD });
    await createInvitation({ workspaceId: workspace.id, email: invited.email, role: "editor" });

    const { token } = await ssoSignIn(buildAuthOptions(settings()), { email: invited.email, email_verified: true });

    expect(token).toMatchObject({ uid: invited.id });
    // The address was not proven before: the invitation page's password may be the admin's.
    expect((await userRow(invited.id)).passwordHash).toBeNull();
    // Accepting the invitation stays a separate, deliberate step.
    expect(await db.select().from(memberships).where(eq(memberships.userId, invited.id))).toEqual([]);
    expect((await auditOf({ action: "auth.sign_in", label: invited.email })).at(-1)).toMatchObject({
      outcome: "success",
      detail: { grant: "invitation" },
    });
  });

  it("creates an account for an invitation holder without one, but not for an expired or revoked invitation", async () => {
    const workspace = await createTestWorkspace();
    const options = buildAuthOptions(settings());
    const invitedEmail = `new-${unique()}@agency.example`;
    await createInvitation({ workspaceId: workspace.id, email: invitedEmail });
    const { token } = await ssoSignIn(options, { email: invitedEmail, email_verified: true, name: "New Partner" });
    const [created] = await usersWithEmail(invitedEmail);
    expect(token).toMatchObject({ uid: created!.id });
    expect(await userRow(created!.id)).toMatchObject({ name: "New Partner", passwordHash: null });
    expect((await userRow(created!.id)).emailVerifiedAt).not.toBeNull();

    const expiredEmail = `old-${unique()}@agency.example`;
    await createInvitation({ workspaceId: workspace.id, email: expiredEmail, expiresInMs: -1000 });
    const revokedEmail = `gone-${unique()}@agency.example`;
    await createInvitation({ workspaceId: workspace.id, email: revokedEmail, revoked: true });
    for (const email of [expiredEmail, revokedEmail]) {
      expect((await ssoSignIn(options, { email, email_verified: true })).allowed).toBe(false);
      expect(await usersWithEmail(email)).toEqual([]);
    }
  });

  it("refuses a disabled account", async () => {
    const account = await createTestUser({ email: `off-${unique()}@brand.example`, disabled: true });
    expect((await ssoSignIn(buildAuthOptions(settings()), { email: account.email, email_verified: true })).allowed).toBe(false);
    expect((await auditOf({ action: "auth.sign_in", label: account.email })).at(-1)).toMatchObject({ detail: { reason: "account_disabled" } });
  });

  it("never starts a session for an SSO user that no signIn callback approved", async () => {
    const account = await createTestUser({ email: `direct-${unique()}@brand.example` });
    const options = buildAuthOptions(settings());
    const user = { id: account.id, email: account.email, name: null };
    await expect(
      options.callbacks!.jwt!({ token: {}, user, account: { provider: "oidc", type: "oauth", providerAccountId: account.id } } as never),
    ).rejects.toThrow();
    const db = await getDb();
    expect((await userRow(account.id)).sessionVersion).toBe(0);
    expect(await db.select().from(memberships).where(eq(memberships.userId, account.id))).toEqual([]);
  });
});

describe("SSO sign-in: just-in-time membership", () => {
  it("adds the configured membership to a new account, once, audited in that workspace", async () => {
    const workspace = await createTestWorkspace();
    const options = buildAuthOptions(
      settings({ sso: { jitMemberships: [{ domain: "brand.example", workspaceSlug: workspace.slug, role: "marketer" }] } }),
    );
    const email = `jit-${unique()}@brand.example`;
    const first = await ssoSignIn(options, { email, email_verified: true });
    const second = await ssoSignIn(options, { email, email_verified: true });
    expect(second.token?.uid).toBe(first.token?.uid);

    const db = await getDb();
    const rows = await db.select({ role: memberships.role }).from(memberships).where(eq(memberships.userId, first.token!.uid!));
    expect(rows).toEqual([{ role: "marketer" }]);
    expect(await auditOf({ action: "members.add", workspaceId: workspace.id, targetId: first.token!.uid! })).toEqual([
      expect.objectContaining({ outcome: "success", detail: expect.objectContaining({ role: "marketer", via: "sso_jit" }) }),
    ]);
  });

  it("never changes an existing role, skips archived workspaces, and ignores domains that are not allowed", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const archived = await createTestWorkspace();
    await db.update(workspaces).set({ archivedAt: new Date() }).where(eq(workspaces.id, archived.id));
    const options = buildAuthOptions(
      settings({
        sso: {
          jitMemberships: [
            { domain: "brand.example", workspaceSlug: workspace.slug, role: "admin" },
            { domain: "brand.example", workspaceSlug: archived.slug, role: "editor" },
            { domain: "brand.example", workspaceSlug: `missing-${unique()}`, role: "editor" },
            // Hand-built settings cannot put an unlisted domain into a workspace.
            { domain: "agency.example", workspaceSlug: workspace.slug, role: "admin" },
          ],
        },
      }),
    );

    const member = await createTestUser({ email: `editor-${unique()}@brand.example` });
    await addTestMembership(workspace.id, member.id, "editor");
    expect((await ssoSignIn(options, { email: member.email, email_verified: true })).token).toMatchObject({ uid: member.id });
    expect(await db.select({ ws: memberships.workspaceId, role: memberships.role }).from(memberships).where(eq(memberships.userId, member.id))).toEqual([
      { ws: workspace.id, role: "editor" },
    ]);

    const invitedEmail = `partner-${unique()}@agency.example`;
    await createInvitation({ workspaceId: workspace.id, email: invitedEmail });
    const { token } = await ssoSignIn(options, { email: invitedEmail, email_verified: true });
    expect(await db.select().from(memberships).where(eq(memberships.userId, token!.uid!))).toEqual([]);
  });
});

describe("SSO sign-in: just-in-time membership only for a new account (regression)", () => {
  it("does not re-add a member an admin removed when they sign in via SSO again", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const options = buildAuthOptions(
      settings({ sso: { jitMemberships: [{ domain: "brand.example", workspaceSlug: workspace.slug, role: "marketer" }] } }),
    );
    const email = `leaver-${unique()}@brand.example`;
    const first = await ssoSignIn(options, { email, email_verified: true });
    const userId = first.token!.uid!;
    expect(await db.select({ role: memberships.role }).from(memberships).where(eq(memberships.userId, userId))).toEqual([{ role: "marketer" }]);

    // The admin removes them; the next SSO sign-in still works but does not bring the membership back.
    await db.delete(memberships).where(and(eq(memberships.userId, userId), eq(memberships.workspaceId, workspace.id)));
    const again = await ssoSignIn(options, { email, email_verified: true });
    expect(again.token?.uid).toBe(userId);
    expect(await db.select().from(memberships).where(eq(memberships.userId, userId))).toEqual([]);
    expect(await auditOf({ action: "members.add", workspaceId: workspace.id, targetId: userId })).toHaveLength(1);
  });

  it("gives no JIT membership to an existing account signing in with SSO for the first time", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const options = buildAuthOptions(
      settings({ sso: { jitMemberships: [{ domain: "brand.example", workspaceSlug: workspace.slug, role: "editor" }] } }),
    );
    const existing = await createTestUser({ email: `pw-first-${unique()}@brand.example`, password: PASSWORD });
    expect((await ssoSignIn(options, { email: existing.email, email_verified: true })).token).toMatchObject({ uid: existing.id });
    expect(await db.select().from(memberships).where(eq(memberships.userId, existing.id))).toEqual([]);
  });
});

describe("SSO-only mode", () => {
  function authorizeOf(options: NextAuthOptions) {
    const provider = options.providers.find((p) => p.id === "credentials") as unknown as {
      options: { authorize: (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown> };
    };
    return provider.options.authorize;
  }

  it("refuses every password sign-in, even with the right password, and audits it", async () => {
    const account = await createTestUser({ email: `pw-${unique()}@brand.example`, password: PASSWORD });
    const authorize = authorizeOf(buildAuthOptions(settings({ isPasswordSignInEnabled: false })));
    await expect(authorize({ email: account.email, password: PASSWORD }, { headers: {} })).rejects.toThrow(PASSWORD_SIGN_IN_DISABLED_ERROR);
    expect(await auditOf({ action: "auth.sign_in", label: account.email })).toEqual([
      expect.objectContaining({ outcome: "failed", detail: { method: "password", reason: "password_sign_in_disabled" } }),
    ]);

    // The same account signs in with its password when password sign-in is on.
    const allowed = await authorizeOf(buildAuthOptions(settings()))({ email: account.email, password: PASSWORD }, { headers: {} });
    expect(allowed).toMatchObject({ id: account.id });
  });
});
