// `npm run seed`: creates the demo workspaces and accounts (idempotent) on the configured database.
// Refuses a database that holds real workspaces, and production without BRANDPILOT_DEMO=true:
// the demo accounts' password is public (lib/seed/demo-guard.ts).
import { env } from "@/lib/env";
import { getDb } from "@/lib/db/client";
import { seedDemoIfAllowed } from "@/lib/seed/seed-demo-if-allowed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { loadJobHandlers } from "@/lib/jobs/handlers";
import { runQueuedJobs } from "@/lib/jobs/worker";

async function main() {
  const db = await getDb();
  const outcome = await seedDemoIfAllowed(db, { nodeEnv: env.NODE_ENV, isDemo: env.isDemo, checkEvenIfPresent: true });
  if (outcome.status === "refused") {
    console.error(`Not seeding the demo: ${outcome.reason}`);
    process.exit(1);
  }
  console.log(outcome.status === "created" ? "Demo workspace created." : "Demo workspace already present; nothing changed.");
  // Index the demo content now, so the demo is ready when the app starts (a worker would do it too).
  const handlers = await loadJobHandlers();
  let processed = 0;
  for (let batch = await runQueuedJobs(db, handlers, { maxJobs: 10 }); batch > 0; batch = await runQueuedJobs(db, handlers, { maxJobs: 10 })) processed += batch;
  if (processed > 0) console.log(`Indexed the demo content (${processed} jobs).`);
  console.log(`Accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => `${a.email} (${a.role})`).join(", ")}`);
  if (!env.isDemo) console.log("Note: BRANDPILOT_DEMO is not true, so the sign-in page does not list these accounts.");
  process.exit(0);
}

main().catch((error) => {
  console.error("Seeding failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
