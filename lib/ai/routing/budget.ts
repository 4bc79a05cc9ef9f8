import "server-only";
import { sql } from "drizzle-orm";
import { modelBudgets, modelUsageMonthly } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import type { ErrorMessage } from "@/lib/errors";
import { renderEnglishErrorMessage } from "@/lib/i18n/error-messages";

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
  /** `warning` as a key of `kpiTables.budgetWarning` (share in whole percent, limit in USD), for the reader's language. */
  warningMessage: { key: "cost" | "tokens"; params: { share: number; limit: number } } | null;
  /** Set at 100 % of either limit: the call must not run. The sentence names the budget. */
  exhausted: string | null;
  /** `exhausted` as a message key, for the reader's language. */
  exhaustedMessage: ErrorMessage | null;
};

const usd = (value: number) => `$${value.toFixed(2)}`;

/** The workspace's spend this month against its limits. Counters live in Postgres: every instance agrees. */
export async function getBudgetStatus(db: Database, options: { workspaceId: string; now?: Date }): Promise<BudgetStatus> {
  const month = currentMonth(options.now);
  const [row] = await executeRows<{ cost_limit: string | number | null; token_limit: string | number | null; cost_usd: string | number | null; tokens: string | number | null }>(
    db,
    sql`select b.monthly_cost_limit_usd as cost_limit, b.monthly_token_limit as token_limit, u.cost_usd, u.tokens
        from (select 1) as one
        left join model_budgets b on b.workspace_id = ${options.workspaceId}
        left join model_usage_monthly u on u.workspace_id = ${options.workspaceId} and u.month = ${month}`,
  );
  return budgetStatusFrom({
    month,
    spentUsd: Number(row?.cost_usd ?? 0),
    tokens: Number(row?.tokens ?? 0),
    costLimitUsd: row?.cost_limit === null || row?.cost_limit === undefined ? null : Number(row.cost_limit),
    tokenLimit: row?.token_limit === null || row?.token_limit === undefined ? null : Number(row.token_limit),
  });
}

/** Warning and hard-stop sentences for a spend level (also used to project the status after a call). */
export function budgetStatusFrom(input: { month: string; spentUsd: number; tokens: number; costLimitUsd: number | null; tokenLimit: number | null }): BudgetStatus {
  const { month, spentUsd, tokens, costLimitUsd, tokenLimit } = input;
  let warning: string | null = null;
  let warningMessage: BudgetStatus["warningMessage"] = null;
  let exhaustedMessage: ErrorMessage | null = null;
  if (costLimitUsd !== null) {
    if (spentUsd >= costLimitUsd) exhaustedMessage = { key: "routing.costBudgetUsedUp", params: { limit: usd(costLimitUsd), spent: usd(spentUsd), month } };
    else if (spentUsd >= BUDGET_WARNING_SHARE * costLimitUsd) {
      const share = Math.floor((100 * spentUsd) / costLimitUsd);
      warning = `${share} % of the monthly cost budget of ${usd(costLimitUsd)} is spent.`;
      warningMessage = { key: "cost", params: { share, limit: costLimitUsd } };
    }
  }
  if (tokenLimit !== null && !exhaustedMessage) {
    if (tokens >= tokenLimit) exhaustedMessage = { key: "routing.tokenBudgetUsedUp", params: { limit: tokenLimit, month } };
    else if (!warning && tokens >= BUDGET_WARNING_SHARE * tokenLimit) {
      const share = Math.floor((100 * tokens) / tokenLimit);
      warning = `${share} % of the monthly token budget is used.`;
      warningMessage = { key: "tokens", params: { share, limit: tokenLimit } };
    }
  }
  const exhausted = exhaustedMessage && renderEnglishErrorMessage(exhaustedMessage.key, exhaustedMessage.params ?? {});
  return { month, spentUsd, tokens, costLimitUsd, tokenLimit, warning, warningMessage, exhausted, exhaustedMessage };
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
