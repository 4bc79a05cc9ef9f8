import { eq, isNull, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { auditLog, memberships, setupTokens, users, workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { verifyPassword } from "@/lib/auth/password";
import { hashLinkToken } from "@/lib/auth/tokens";
import { listAuditEntries } from "@/lib/audit/list";
import { createId } from "@/lib/ids";
import { createTestUser } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { completeSetupAction } from "@/app/(auth)/setup/actions";
import { completeSetupFromTerminal } from "./complete-setup";
import { hasAnyUser } from "./setup-state";
import { findUsableSetupToken, issueSetupToken } from "./setup-tokens";
import { runStartupTasks } from "./startup";
import { withFreshDatabase } from "@/lib/testing/fresh-database";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

const PASSWORD = "violet kettle harbour sonnet 42";
const fields = (overrides: Partial<Record<string, string>> = {}) => ({
  workspaceName: "Brand B",
  slug: "brand-b",
  name: "Ada Admin",
  email: "Ada@Brand-B.example",
  password: PASSWORD,
  passwordConfirm: PASSWORD,
  ...overrides,
});

async function counts(db: Database) {
  const [row] = await db
    .select({
      users: sql<number>`(select count(*)::int from ${users})`,
      workspaces: sql<number>`(select count(*)::int from ${workspaces})`,
      memberships: sql<number>`(select count(*)::int from ${memberships})`,
    })
    .from(sql`(select 1) as one`);
  return row!;
}

describe("first-run setup on an instance without accounts", () => {
  it("a start-up prints a link whose token sets up the first workspace and admin exactly once", async () => {
    await withFreshDatabase(async (db) => {
      const lines: string[] = [];
      const report = await runStartupTasks(db, { isDemo: false, nodeEnv: "production", baseUrl: "https://bp.example/", log: (l) => lines.push(l) });
      expect(lines).toHaveLength(1);
      const match = lines[0]!.match(/https:\/\/bp\.example\/setup\?token=([A-Za-z0-9_-]{43})/);
      expect(match, lines[0]).not.toBeNull();
      expect(report.setupUrl).toBe(`https://bp.example/setup?token=${match![1]}`);
      const token = match![1]!;
      // Only the hash is stored.
      const stored = await db.select().from(setupTokens);
      expect(stored).toHaveLength(1);
      expect(stored[0]!.tokenHash).toBe(hashLinkToken(token));
      expect(JSON.stringify(stored)).not.toContain(token);

      signInAs(null);
      const result = await completeSetupAction({ ...fields(), token });
      expect(result.serverError).toBeUndefined();
      expect(result.validationErrors).toBeUndefined();
      expect(result.data).toEqual({ email: "ada@brand-b.example", slug: "brand-b" });

      const [admin] = await db.select().from(users);
      expect(admin).toMatchObject({ email: "ada@brand-b.example", name: "Ada Admin", isInstanceOwner: true });
      expect(await verifyPassword(admin!.passwordHash!, PASSWORD)).toBe(true);
      const [workspace] = await db.select().from(workspaces);
      expect(workspace).toMatchObject({ slug: "brand-b", name: "Brand B", archivedAt: null });
      expect(await db.select().from(memberships)).toEqual([expect.objectContaining({ workspaceId: workspace!.id, userId: admin!.id, role: "admin" })]);
      expect(await db.select().from(setupTokens).where(isNull(setupTokens.usedAt))).toEqual([]);

      // Audited in the new workspace's chain, by the new admin.
      const { entries } = await listAuditEntries(db, { workspaceId: workspace!.id, filters: { action: "setup.complete" }, limit: 10 });
      expect(entries).toEqual([
        expect.objectContaining({ actorUserId: admin!.id, actorLabel: "ada@brand-b.example", outcome: "success", targetType: "user", targetId: admin!.id }),
      ]);
      expect(entries[0]!.detail).toMatchObject({ workspaceSlug: "brand-b", instanceOwner: true, via: "web" });

      // The same token again, and a start-up after setup: refused, nothing new.
      const again = await completeSetupAction({ ...fields({ email: "eve@brand-b.example", slug: "evil" }), token });
      expect(again.serverError?.code).toBe("conflict");
      expect(await counts(db)).toEqual({ users: 1, workspaces: 1, memberships: 1 });
      const later: string[] = [];
      expect(await runStartupTasks(db, { isDemo: false, nodeEnv: "production", baseUrl: "https://bp.example", log: (l) => later.push(l) })).toEqual({
        demo: null,
        setupUrl: null,
      });
      expect(later).toEqual([]);
      expect(await db.select().from(setupTokens)).toHaveLength(1);
    });
  });

  it("refuses a wrong, an expired and a used token and writes nothing", async () => {
    await withFreshDatabase(async (db) => {
      const issued = (await issueSetupToken(db))!;
      const expired = (await issueSetupToken(db, { now: new Date(Date.now() - 25 * 3_600_000) }))!;
      const usedToken = "u".repeat(43);
      await db.insert(setupTokens).values({ id: createId("setupToken"), tokenHash: hashLinkToken(usedToken), expiresAt: new Date(Date.now() + 3_600_000), usedAt: new Date() });
      signInAs(null);
      for (const token of ["x".repeat(43), issued.token.slice(0, -1) + (issued.token.endsWith("A") ? "B" : "A"), expired.token, usedToken, "not a token"]) {
        const result = await completeSetupAction({ ...fields(), token });
        expect(result.serverError?.code, token).toBe("forbidden");
        expect(result.serverError?.message).toMatch(/setup link is not valid/);
      }
      expect(await counts(db)).toEqual({ users: 0, workspaces: 0, memberships: 0 });
      // The refusals are audited (anonymous, global chain) and the real token still works.
      const refusals = await db.select().from(auditLog).where(eq(auditLog.action, "setup.complete"));
      expect(refusals.length).toBe(5);
      expect(refusals.every((entry) => entry.outcome === "denied" && entry.actorLabel === "anonymous" && entry.workspaceId === null)).toBe(true);
      expect(await findUsableSetupToken(db, { token: issued.token })).not.toBeNull();
      expect((await completeSetupAction({ ...fields(), token: issued.token })).data?.slug).toBe("brand-b");
    });
  });

  it("refuses weak passwords, mismatched confirmation and reserved slugs per field, and the token stays usable", async () => {
    await withFreshDatabase(async (db) => {
      const { token } = (await issueSetupToken(db))!;
      signInAs(null);
      const weak = await completeSetupAction({ ...fields({ password: "password1234", passwordConfirm: "password1234" }), token });
      expect(weak.validationErrors?.fieldErrors.password?.[0]).toMatch(/too easy to guess/);
      const mismatch = await completeSetupAction({ ...fields({ passwordConfirm: `${PASSWORD}!` }), token });
      expect(mismatch.validationErrors?.fieldErrors.passwordConfirm?.[0]).toMatch(/differ/);
      const reserved = await completeSetupAction({ ...fields({ slug: "setup" }), token });
      expect(reserved.validationErrors?.fieldErrors.slug?.[0]).toMatch(/reserved/);
      expect(await counts(db)).toEqual({ users: 0, workspaces: 0, memberships: 0 });
      expect(await findUsableSetupToken(db, { token })).not.toBeNull();
    });
  });

  // Regression: the strength check ran in the input schema, so an anonymous caller without a token
  // could make the server score long adversarial passwords (seconds of CPU each).
  it("checks the token before the password's strength", async () => {
    await withFreshDatabase(async (db) => {
      await issueSetupToken(db);
      signInAs(null);
      const adversarial = "1qaz2wsx".repeat(32);
      const result = await completeSetupAction({ ...fields({ password: adversarial, passwordConfirm: adversarial }), token: "x".repeat(43) });
      expect(result.validationErrors).toBeUndefined();
      expect(result.serverError).toMatchObject({ code: "forbidden", message: expect.stringMatching(/setup link is not valid/) });
      expect(await counts(db)).toEqual({ users: 0, workspaces: 0, memberships: 0 });
    });
  });

  it("two concurrent completions (two instances' tokens) create exactly one admin", async () => {
    await withFreshDatabase(async (db) => {
      const first = (await issueSetupToken(db))!;
      const second = (await issueSetupToken(db))!;
      signInAs(null);
      const results = await Promise.all([
        completeSetupAction({ ...fields(), token: first.token }),
        completeSetupAction({ ...fields({ email: "bob@brand-c.example", slug: "brand-c", workspaceName: "Brand C" }), token: second.token }),
      ]);
      expect(results.filter((r) => r.data).length).toBe(1);
      expect(results.filter((r) => r.serverError?.code === "conflict").length).toBe(1);
      expect(await counts(db)).toEqual({ users: 1, workspaces: 1, memberships: 1 });
      expect(await db.select().from(setupTokens).where(isNull(setupTokens.usedAt))).toEqual([]);
    });
  });

  it("`npm run setup` uses the same function, is audited as such and spends every printed link", async () => {
    await withFreshDatabase(async (db) => {
      const printed = (await issueSetupToken(db))!;
      const result = await completeSetupFromTerminal(db, fields());
      expect(result.workspace.slug).toBe("brand-b");
      const { entries } = await listAuditEntries(db, { workspaceId: result.workspace.id, filters: {}, limit: 10 });
      expect(entries).toEqual([expect.objectContaining({ action: "setup.complete", actorUserId: result.userId, actorLabel: "npm run setup", outcome: "success" })]);
      expect(await findUsableSetupToken(db, { token: printed.token })).toBeNull();
      await expect(completeSetupFromTerminal(db, fields({ email: "second@brand-b.example", slug: "second" }))).rejects.toMatchObject({ code: "conflict" });
      expect(await counts(db)).toEqual({ users: 1, workspaces: 1, memberships: 1 });
    });
  });
});

describe("first-run setup once accounts exist", () => {
  it("creates no token and refuses the action", async () => {
    // The shared test database: other tests' accounts exist (and this one makes sure).
    await createTestUser();
    const { getDb } = await import("@/lib/db/client");
    const db = await getDb();
    expect(await hasAnyUser(db)).toBe(true);
    const [{ before }] = (await db.select({ before: sql<number>`count(*)::int` }).from(setupTokens)) as [{ before: number }];
    expect(await issueSetupToken(db)).toBeNull();
    const lines: string[] = [];
    expect((await runStartupTasks(db, { isDemo: false, nodeEnv: "production", baseUrl: "http://localhost:3000", log: (l) => lines.push(l) })).setupUrl).toBeNull();
    expect(lines).toEqual([]);
    const [{ after }] = (await db.select({ after: sql<number>`count(*)::int` }).from(setupTokens)) as [{ after: number }];
    expect(after).toBe(before);

    signInAs(null);
    const result = await completeSetupAction({ ...fields({ slug: "late-setup", email: "late@setup.example" }), token: "a".repeat(43) });
    expect(result.serverError?.code).toBe("conflict");
    expect(await db.select().from(workspaces).where(eq(workspaces.slug, "late-setup"))).toEqual([]);
  });
});
