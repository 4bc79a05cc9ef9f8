import "server-only";
import type { Database } from "@/lib/db/types";
import { seedDemoIfAllowed, type DemoSeedOutcome } from "@/lib/seed/seed-demo-if-allowed";
import { buildSetupUrl, issueSetupToken, SETUP_TOKEN_TTL_HOURS } from "./setup-tokens";

export type StartupOptions = {
  /** env.isDemo: true only when BRANDPILOT_DEMO=true was set explicitly. */
  isDemo: boolean;
  nodeEnv: string;
  /** Where people reach this instance (NEXTAUTH_URL, else http://localhost:<port>). */
  baseUrl: string;
  log?: (line: string) => void;
};

export type StartupReport = { demo: DemoSeedOutcome | null; setupUrl: string | null };

/**
 * What every web instance does once at start (instrumentation.ts), for the embedded database and
 * PostgreSQL alike: seed the demo when, and only when, demo mode was chosen; then, while the
 * instance has no account, print a one-time setup link. The link appears in this log line and
 * nowhere else; the database keeps only its hash.
 */
export async function runStartupTasks(db: Database, options: StartupOptions): Promise<StartupReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  let demo: DemoSeedOutcome | null = null;
  if (options.isDemo) {
    demo = await seedDemoIfAllowed(db, { nodeEnv: options.nodeEnv, isDemo: options.isDemo });
    if (demo.status === "created") log("[demo] Demo workspaces and accounts created (BRANDPILOT_DEMO=true).");
    if (demo.status === "refused") log(`[demo] Demo data NOT seeded: ${demo.reason}`);
  }
  const issued = await issueSetupToken(db);
  if (!issued) return { demo, setupUrl: null };
  const setupUrl = buildSetupUrl(options.baseUrl, issued.token);
  log(
    `[setup] This instance has no accounts yet. Create the first admin at ${setupUrl} ` +
      `(single use, valid ${SETUP_TOKEN_TTL_HOURS} h), or run \`npm run setup\` on the server.`,
  );
  return { demo, setupUrl };
}
