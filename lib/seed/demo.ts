import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { memberships, users, workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { createId } from "@/lib/ids";
import { hashPassword } from "@/lib/auth/password";
import { appendAuditEntry } from "@/lib/audit/append";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SECOND_WORKSPACE, DEMO_WORKSPACE } from "./demo-accounts";
import { DEMO_CONTENT, seedBrandContent } from "./demo-content";
import { seedDemoPerformance } from "./demo-performance";
import { seedDemoCampaign } from "./demo-campaign";

/**
 * Creates the demo workspaces, one user per role and the brands' synthetic content, once. Idempotent: a database that already
 * has the demo workspace is left alone, so restarts never duplicate or reset anything.
 */
export async function seedDemoWorkspace(db: Database): Promise<{ created: boolean }> {
  const [existing] = await db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE.slug)).limit(1);
  if (existing) {
    await restoreDemoPasswords(db);
    return { created: false };
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const mainId = createId("workspace");
    const secondId = createId("workspace");
    const inserted = await tx
      .insert(workspaces)
      .values([
        { id: mainId, ...DEMO_WORKSPACE },
        { id: secondId, ...DEMO_SECOND_WORKSPACE },
      ])
      .onConflictDoNothing()
      .returning({ id: workspaces.id });
    // Another process seeded between our check and insert: nothing more to do.
    if (inserted.length < 2) return { created: false };

    let marketerId: string | null = null;
    for (const account of DEMO_ACCOUNTS) {
      const userId = createId("user");
      if (account.role === "marketer") marketerId = userId;
      // The demo admin is also the instance owner, so the demo shows workspace administration.
      await tx.insert(users).values({ id: userId, email: account.email, name: account.name, passwordHash, isInstanceOwner: account.role === "admin" });
      await tx.insert(memberships).values({ workspaceId: mainId, userId, role: account.role });
      if (account.secondWorkspaceRole) {
        await tx.insert(memberships).values({ workspaceId: secondId, userId, role: account.secondWorkspaceRole });
      }
    }
    // Synthetic brand content, so a fresh start can generate assets right away.
    await seedBrandContent(tx, { workspaceId: mainId, seed: DEMO_CONTENT.nordlicht });
    await seedDemoPerformance(tx, { workspaceId: mainId });
    if (marketerId) await seedDemoCampaign(tx, { workspaceId: mainId, ownerId: marketerId });
    await seedBrandContent(tx, { workspaceId: secondId, seed: DEMO_CONTENT.waldkaffee });
    for (const workspaceId of [mainId, secondId]) {
      await appendAuditEntry(tx, {
        workspaceId,
        actorUserId: null,
        actorLabel: "system",
        action: "workspace.seed_demo",
        targetType: "workspace",
        targetId: workspaceId,
        outcome: "success",
        detail: { accounts: DEMO_ACCOUNTS.length },
      });
    }
    return { created: true };
  });
}

/**
 * Migration 0009 retired every password chosen by someone else, the demo's public one included;
 * a demo database from before it gets the demo password back (only demo accounts, and only when
 * the demo guard let seeding run).
 */
async function restoreDemoPasswords(db: Database): Promise<void> {
  const emails = DEMO_ACCOUNTS.map((account) => account.email);
  const retired = and(inArray(users.email, emails), eq(users.passwordHash, RETIRED_PASSWORD_HASH));
  const missing = await db.select({ id: users.id }).from(users).where(retired);
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.update(users).set({ passwordHash }).where(retired);
}

/** What migration 0009 wrote over passwords that someone other than their owner had chosen. */
const RETIRED_PASSWORD_HASH = "!retired-by-0009";
