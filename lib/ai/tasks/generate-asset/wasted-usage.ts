import "server-only";
import type { Database } from "@/lib/db/types";
import { estimateCostUsd, type CatalogEntry } from "../../catalog";
import type { ModelUsage } from "../../router";
import { recordUsage } from "../../routing/budget";

export type WastedUsage = { entry: CatalogEntry; usage: ModelUsage };

/**
 * Spend of models whose output stayed invalid: on the budget like any other provider use (the
 * router records spend only for the call that succeeds). Returns what it cost.
 */
export async function recordWastedUsage(db: Database, workspaceId: string, wasted: WastedUsage[]) {
  let total = 0;
  for (const { entry, usage } of wasted) {
    const tokens = usage.inputTokens + usage.outputTokens;
    if (entry.hosting === "local" || tokens === 0) continue;
    const costUsd = estimateCostUsd(entry, { input: usage.inputTokens, output: usage.outputTokens });
    await recordUsage(db, { workspaceId, costUsd, tokens });
    total += costUsd;
  }
  return total;
}
