import "server-only";
import { eq } from "drizzle-orm";
import { workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { seedDemoWorkspace } from "./demo";
import { DEMO_WORKSPACE } from "./demo-accounts";
import { checkDemoSeedAllowed } from "./demo-guard";

export type DemoSeedOutcome = { status: "created" } | { status: "present" } | { status: "refused"; reason: string };

/**
 * The one way the demo data gets in (start-up in demo mode and `npm run seed`). The guard decides,
 * then the idempotent seed runs. At start-up a database that already has the demo is left alone
 * before the check (nothing would be written, and a demo instance whose owner created workspaces
 * should not log a refusal at every start); `npm run seed` passes `checkEvenIfPresent`, so a
 * command run against a real database gets a clear refusal rather than "nothing changed".
 */
export async function seedDemoIfAllowed(
  db: Database,
  options: { nodeEnv: string; isDemo: boolean; checkEvenIfPresent?: boolean },
): Promise<DemoSeedOutcome> {
  const [present] = await db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE.slug)).limit(1);
  if (present && !options.checkEvenIfPresent) return { status: "present" };
  const decision = await checkDemoSeedAllowed(db, options);
  if (!decision.allowed) return { status: "refused", reason: decision.reason };
  if (present) return { status: "present" };
  const { created } = await seedDemoWorkspace(db);
  return created ? { status: "created" } : { status: "present" };
}
