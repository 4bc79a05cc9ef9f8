import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users, workspaces } from "@/lib/db/schema";
import { parseEnv } from "@/lib/env";
import { createId } from "@/lib/ids";
import { runStartupTasks } from "@/lib/setup/startup";
import { withFreshDatabase } from "@/lib/testing/fresh-database";
import { DEMO_ACCOUNTS, DEMO_WORKSPACE } from "./demo-accounts";
import { checkDemoSeedAllowed } from "./demo-guard";
import { seedDemoIfAllowed } from "./seed-demo-if-allowed";

const demoEmails = DEMO_ACCOUNTS.map((account) => account.email);

describe("demo in production", () => {
  it("NODE_ENV=production without BRANDPILOT_DEMO is not demo mode, and start-up seeds nothing", async () => {
    const productionEnv = parseEnv({ NODE_ENV: "production" });
    expect(productionEnv.isDemo).toBe(false);
    // Also without DATABASE_URL (the embedded database): demo only by explicit choice.
    expect(parseEnv({ NODE_ENV: "development" }).isDemo).toBe(false);
    expect(parseEnv({ NODE_ENV: "production", BRANDPILOT_DEMO: "true" }).isDemo).toBe(true);

    await withFreshDatabase(async (db) => {
      const lines: string[] = [];
      const report = await runStartupTasks(db, {
        isDemo: productionEnv.isDemo,
        nodeEnv: productionEnv.NODE_ENV,
        baseUrl: "http://localhost:3000",
        log: (line) => lines.push(line),
      });
      expect(report.demo).toBeNull();
      expect(await db.select().from(workspaces)).toEqual([]);
      expect(await db.select().from(users).where(inArray(users.email, demoEmails))).toEqual([]);
      // Instead of public demo credentials: the one-time setup link.
      expect(lines.join("\n")).toMatch(/\/setup\?token=[A-Za-z0-9_-]{43}/);
      expect(lines.join("\n")).not.toMatch(/brandpilot-demo|\[demo\]/);
    });
  });

  it("the seed refuses production unless BRANDPILOT_DEMO=true was set explicitly", async () => {
    await withFreshDatabase(async (db) => {
      expect(await checkDemoSeedAllowed(db, { nodeEnv: "production", isDemo: false })).toEqual({
        allowed: false,
        reason: expect.stringMatching(/BRANDPILOT_DEMO/),
      });
      expect(await seedDemoIfAllowed(db, { nodeEnv: "production", isDemo: false })).toMatchObject({ status: "refused" });
      expect(await db.select().from(users)).toEqual([]);
      expect(await checkDemoSeedAllowed(db, { nodeEnv: "production", isDemo: true })).toEqual({ allowed: true });
      expect(await checkDemoSeedAllowed(db, { nodeEnv: "development", isDemo: false })).toEqual({ allowed: true });
    });
  });

  it("the seed (npm run seed, and start-up in demo mode) refuses a database that holds a non-demo workspace", async () => {
    await withFreshDatabase(async (db) => {
      await db.insert(workspaces).values({ id: createId("workspace"), slug: "brand-b", name: "Brand B" });
      const outcome = await seedDemoIfAllowed(db, { nodeEnv: "development", isDemo: true });
      expect(outcome).toEqual({ status: "refused", reason: expect.stringContaining('"brand-b"') });

      const lines: string[] = [];
      const report = await runStartupTasks(db, { isDemo: true, nodeEnv: "production", baseUrl: "http://localhost:3000", log: (l) => lines.push(l) });
      expect(report.demo).toMatchObject({ status: "refused" });
      expect(lines[0]).toMatch(/^\[demo\] Demo data NOT seeded: .*not demo data/);

      expect(await db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE.slug))).toEqual([]);
      expect(await db.select().from(users).where(inArray(users.email, demoEmails))).toEqual([]);
    });
  });

  it("a fresh database in demo mode gets the demo once; restarts change nothing and print no setup link", async () => {
    await withFreshDatabase(async (db) => {
      const lines: string[] = [];
      const first = await runStartupTasks(db, { isDemo: true, nodeEnv: "production", baseUrl: "http://localhost:3000", log: (l) => lines.push(l) });
      expect(first).toEqual({ demo: { status: "created" }, setupUrl: null });
      const second = await runStartupTasks(db, { isDemo: true, nodeEnv: "production", baseUrl: "http://localhost:3000", log: (l) => lines.push(l) });
      expect(second).toEqual({ demo: { status: "present" }, setupUrl: null });
      expect(lines).toEqual(["[demo] Demo workspaces and accounts created (BRANDPILOT_DEMO=true)."]);

      // A workspace created later on the demo instance: start-up stays quiet, `npm run seed` refuses.
      await db.insert(workspaces).values({ id: createId("workspace"), slug: "made-in-demo", name: "Made in the demo" });
      expect(await runStartupTasks(db, { isDemo: true, nodeEnv: "production", baseUrl: "http://localhost:3000", log: (l) => lines.push(l) })).toEqual({
        demo: { status: "present" },
        setupUrl: null,
      });
      expect(lines).toHaveLength(1);
      expect(await seedDemoIfAllowed(db, { nodeEnv: "development", isDemo: false, checkEvenIfPresent: true })).toMatchObject({ status: "refused" });
      expect(await seedDemoIfAllowed(db, { nodeEnv: "production", isDemo: false, checkEvenIfPresent: true })).toMatchObject({ status: "refused" });
      const [{ demoUsers }] = (await db.select({ demoUsers: sql<number>`count(*)::int` }).from(users).where(inArray(users.email, demoEmails))) as [
        { demoUsers: number },
      ];
      expect(demoUsers).toBe(DEMO_ACCOUNTS.length);
      const [admin] = await db.select().from(users).where(eq(users.email, "admin@nordlicht.example"));
      expect(admin?.isInstanceOwner).toBe(true);
    });
  });
});
