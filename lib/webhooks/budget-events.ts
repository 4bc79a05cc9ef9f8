import "server-only";
import type { Database } from "@/lib/db/types";
import type { BudgetStatus } from "@/lib/ai/routing/budget";
import { enqueueWebhookEvent } from "./enqueue-delivery";

const thresholdOf = (status: Pick<BudgetStatus, "warning" | "exhausted">) => (status.exhausted ? 100 : status.warning ? 80 : null);

/**
 * budget.warning when a model call moves the month's spend past a threshold (80 % of a limit, or
 * the limit). Once per threshold and month: the dedupe key makes the calls that follow, and other
 * instances projecting the same crossing, no-ops. A call that jumps straight past both reports the
 * limit only, as the admins' notification does.
 */
export async function enqueueBudgetWarning(db: Database, options: { workspaceId: string; before: BudgetStatus; after: BudgetStatus }): Promise<string | null> {
  const threshold = thresholdOf(options.after);
  if (threshold === null || threshold === thresholdOf(options.before)) return null;
  const { after } = options;
  return enqueueWebhookEvent(db, {
    workspaceId: options.workspaceId,
    event: "budget.warning",
    dedupeKey: `budget.warning:${after.month}:${threshold}`,
    data: {
      budget: { month: after.month, threshold, message: (after.exhausted ?? after.warning)!, spentUsd: after.spentUsd, costLimitUsd: after.costLimitUsd, tokens: after.tokens, tokenLimit: after.tokenLimit },
    },
  });
}
