import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { verifyCredentials } from "@/lib/auth/credentials";
import { verifyPassword } from "@/lib/auth/password";
import { createTestUser } from "@/lib/testing/fixtures";
import { seedDemoWorkspace } from "@/lib/seed/demo";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { createAuditRecorder } from "@/lib/authz/audit-recorder";
import { issueOperatorResetLink } from "./operator-reset-link";
import { resetPassword } from "./reset-password";
import { accountAuditEntries, STRONG_PASSWORD } from "@/lib/testing/account-fixtures";

/**
 * The statement of migration 0009 that retires passwords chosen by someone other than their
 * owner, narrowed to the given accounts: on PostgreSQL other test files share the database.
 */
function retirePasswordsStatement(userIds: string[]): string {
  const migration = fs.readFileSync(path.resolve("drizzle/0009_accounts.sql"), "utf8");
  const statement = migration.split("--> statement-breakpoint").map((part) => part.trim()).at(-1)!;
  expect(statement).toMatch(/^--[\s\S]*UPDATE "users" SET "password_hash" = '!retired-by-0009'[\s\S]*WHERE "password_hash" IS NOT NULL;$/);
  const ids = userIds.map((id) => `'${id.replace(/'/g, "''")}'`).join(", ");
  return statement.replace(/;$/, ` AND "id" IN (${ids});`);
}

describe("upgrading past 0009: admin-known passwords stop working", () => {
  it("a password an admin handed out before the upgrade no longer signs in, and its sessions end", async () => {
    const db = await getDb();
    const person = await createTestUser({ password: "admin-saw-this-one-time-pw" });
    const [before] = await db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, person.id));
    expect((await verifyCredentials(db, { email: person.email, password: "admin-saw-this-one-time-pw", ip: null })).ok).toBe(true);

    await db.execute(sql.raw(retirePasswordsStatement([person.id])));

    const [after] = await db.select({ hash: users.passwordHash, sv: users.sessionVersion }).from(users).where(eq(users.id, person.id));
    expect(after!.hash).toBe("!retired-by-0009");
    expect(after!.sv).toBe(before!.sv + 1);
    expect((await verifyCredentials(db, { email: person.email, password: "admin-saw-this-one-time-pw", ip: null })).ok).toBe(false);
  });

  it("the operator's reset link (npm run reset-link) lets the person set their own password, once, audited", async () => {
    const db = await getDb();
    const person = await createTestUser({ password: "admin-saw-this-one-time-pw" });
    // As after the upgrade: a password nobody knows, still a password account.
    await db.execute(sql.raw(retirePasswordsStatement([person.id])));
    const first = await issueOperatorResetLink(db, { email: person.email.toUpperCase(), baseUrl: "https://app.example", ttlMinutes: 30 });
    const second = await issueOperatorResetLink(db, { email: person.email, baseUrl: "https://app.example", ttlMinutes: 30 });
    expect(second.url).toMatch(/^https:\/\/app\.example\/reset-password\/[A-Za-z0-9_-]{43}$/);
    const tokenOf = (url: string) => url.split("/reset-password/")[1]!;
    const settings = { isPasswordSignInEnabled: true };
    // A newer link replaces the older one.
    await expect(db.transaction((tx) => resetPassword(tx, { token: tokenOf(first.url), newPassword: STRONG_PASSWORD, settings, audit: createAuditRecorder() }))).rejects.toThrow(/not valid/);
    await db.transaction((tx) => resetPassword(tx, { token: tokenOf(second.url), newPassword: STRONG_PASSWORD, settings, audit: createAuditRecorder() }));
    const [row] = await db.select({ hash: users.passwordHash, verified: users.emailVerifiedAt }).from(users).where(eq(users.id, person.id));
    expect(await verifyPassword(row!.hash!, STRONG_PASSWORD)).toBe(true);
    // The operator held the link, so using it proves nothing about the address.
    expect(row!.verified).toBeNull();
    await expect(db.transaction((tx) => resetPassword(tx, { token: tokenOf(second.url), newPassword: STRONG_PASSWORD, settings, audit: createAuditRecorder() }))).rejects.toThrow(/not valid/);
    const entries = await accountAuditEntries("account.operator_reset_link", person.id);
    expect(entries.map((entry) => entry.actorLabel)).toEqual(["npm run reset-link", "npm run reset-link"]);
  });

  it("the operator's reset link refuses unknown and disabled accounts", async () => {
    const db = await getDb();
    await expect(issueOperatorResetLink(db, { email: "nobody@brand.example", baseUrl: "https://app.example", ttlMinutes: 30 })).rejects.toThrow(/No account/);
    const disabled = await createTestUser({ disabled: true });
    await expect(issueOperatorResetLink(db, { email: disabled.email, baseUrl: "https://app.example", ttlMinutes: 30 })).rejects.toThrow(/disabled/);
  });

  it("an existing demo database gets the demo password back (demo accounts only)", async () => {
    const db = await getDb();
    await seedDemoWorkspace(db);
    const other = await createTestUser({ password: "admin-saw-this-one-time-pw" });
    const demoUsers = await db.select({ id: users.id }).from(users).where(inArray(users.email, DEMO_ACCOUNTS.map((account) => account.email)));
    await db.execute(sql.raw(retirePasswordsStatement([...demoUsers.map((user) => user.id), other.id])));
    await seedDemoWorkspace(db);
    for (const account of DEMO_ACCOUNTS) {
      expect((await verifyCredentials(db, { email: account.email, password: DEMO_PASSWORD, ip: null })).ok, account.email).toBe(true);
    }
    const [otherRow] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, other.id));
    expect(otherRow!.hash).toBe("!retired-by-0009");
  });
});
