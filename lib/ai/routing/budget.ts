import "server-only";
import { eq, sql } from "drizzle-orm";
import { modelBudgets, modelUsageMonthly } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";

export const BUDGET_WARNING_SHARE = 0.8;

export function currentMonth(now = new Date()): string {
  return now.toISOString().slice(0, 7);
}

export type BudgetStatus = {
  month: string;
  spentUsd: number;
  tokens: number;
  costLimitUsd: number | null;
  tokenLimit: number | null;
  /** Set from 80 % of either limit: the caller shows it; the call still runs. */
  warning: string | null;
  /** Set at 100 % of either limit: the call must not run. The sentence names the budget. */
  exhausted: string | null;
};

const usd = (value: number) => `$${value.toFixed(2)}`;

/** The workspace's spend this month against its limits. Counters live in Postgres: every instance agrees. */
export async function getBudgetStatus(db: Database, options: { workspaceId: string; now?: Date }): Promise<BudgetStatus> {
  const month = currentMonth(options.now);
  const [budget] = await db.select().from(modelBudgets).where(eq(modelBudgets.workspaceId, options.workspaceId));
  const [usage] = await executeRows<{ cost_usd: string | number; tokens: string | number }>(
    db,
    sql`select cost_usd, tokens from model_usage_monthly where workspace_id = ${options.workspaceId} and month = ${month}`,
  );
  const spentUsd = Number(usage?.cost_usd ?? 0);
  const tokens = Number(usage?.tokens ?? 0);
  const costLimitUsd = budget?.monthlyCostLimitUsd ?? null;
  const tokenLimit = budget?.monthlyTokenLimit ?? null;
  let warning: string | null = null;
  let exhausted: string | null = null;
  if (costLimitUsd !== null) {
    if (spentUsd >= costLimitUsd) exhausted = `The monthly cost budget of ${usd(costLimitUsd)} is used up (${usd(spentUsd)} spent in ${month}).`;
    else if (spentUsd >= BUDGET_WARNING_SHARE * costLimitUsd) warning = `${Math.floor((100 * spentUsd) / costLimitUsd)} % of the monthly cost budget of ${usd(costLimitUsd)} is spent.`;
  }
  if (tokenLimit !== null && !exhausted) {
    if (tokens >= tokenLimit) exhausted = `The monthly token budget of ${tokenLimit.toLocaleString("en")} tokens is used up (${month}).`;
    else if (!warning && tokens >= BUDGET_WARNING_SHARE * tokenLimit) warning = `${Math.floor((100 * tokens) / tokenLimit)} % of the monthly token budget is used.`;
  }
  return { month, spentUsd, tokens, costLimitUsd, tokenLimit, warning, exhausted };
}

/** Adds one call's spend. A single upsert, so concurrent calls on several instances all count. */
export async function recordUsage(db: Database, options: { workspaceId: string; costUsd: number; tokens: number; now?: Date }) {
  await db
    .insert(modelUsageMonthly)
    .values({ workspaceId: options.workspaceId, month: currentMonth(options.now), costUsd: options.costUsd, tokens: options.tokens, calls: 1 })
    .onConflictDoUpdate({
      target: [modelUsageMonthly.workspaceId, modelUsageMonthly.month],
      set: {
        costUsd: sql`${modelUsageMonthly.costUsd} + ${options.costUsd}`,
        tokens: sql`${modelUsageMonthly.tokens} + ${options.tokens}`,
        calls: sql`${modelUsageMonthly.calls} + 1`,
      },
    });
}

export async function setBudget(db: Database, options: { workspaceId: string; monthlyCostLimitUsd: number | null; monthlyTokenLimit: number | null }) {
  await db
    .insert(modelBudgets)
    .values(options)
    .onConflictDoUpdate({
      target: modelBudgets.workspaceId,
      set: { monthlyCostLimitUsd: options.monthlyCostLimitUsd, monthlyTokenLimit: options.monthlyTokenLimit, updatedAt: sql`now()` },
    });
}
