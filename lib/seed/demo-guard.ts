import "server-only";
import { asc, notInArray } from "drizzle-orm";
import { workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { DEMO_SECOND_WORKSPACE, DEMO_WORKSPACE } from "./demo-accounts";

export const DEMO_WORKSPACE_SLUGS: readonly string[] = [DEMO_WORKSPACE.slug, DEMO_SECOND_WORKSPACE.slug];

export type DemoSeedDecision = { allowed: true } | { allowed: false; reason: string };

/**
 * The demo writes accounts whose password is published in the README. They may go only where
 * someone asked for them and where nothing real lives:
 * - in production only with BRANDPILOT_DEMO=true set explicitly (`npm run demo` does);
 * - never into a database that holds any workspace other than the demo's own (a real
 *   installation, or one set up through first-run setup).
 */
export async function checkDemoSeedAllowed(db: Database, options: { nodeEnv: string; isDemo: boolean }): Promise<DemoSeedDecision> {
  if (options.nodeEnv === "production" && !options.isDemo) {
    return {
      allowed: false,
      reason:
        "NODE_ENV is production and BRANDPILOT_DEMO is not set to true. The demo accounts have a public password; set BRANDPILOT_DEMO=true only for a throwaway demo instance.",
    };
  }
  const others = await db
    .select({ slug: workspaces.slug })
    .from(workspaces)
    .where(notInArray(workspaces.slug, [...DEMO_WORKSPACE_SLUGS]))
    .orderBy(asc(workspaces.slug))
    .limit(4);
  if (others.length > 0) {
    const listed = others.slice(0, 3).map((row) => `"${row.slug}"`).join(", ") + (others.length > 3 ? ", …" : "");
    return {
      allowed: false,
      reason: `This database holds workspaces that are not demo data (${listed}). The demo accounts, whose password is public, are never added to a real installation; use a fresh database for the demo.`,
    };
  }
  return { allowed: true };
}
