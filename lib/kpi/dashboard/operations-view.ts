import "server-only";
import type { Database } from "@/lib/db/types";
import { getBudgetStatus, type BudgetStatus } from "@/lib/ai/routing/budget";
import type { DateRange, Granularity } from "@/lib/kpi/metrics/period";
import { getCopilotFigures, getCopilotSeries, type CopilotFigures, type CopilotPoint, type TaskFigures } from "@/lib/kpi/queries/copilot";

export interface OperationsView {
  figures: CopilotFigures;
  tasks: TaskFigures[];
  series: CopilotPoint[];
  /** This month's model spend against the workspace's budget (the router's own counters). */
  budget: BudgetStatus;
}

export async function loadOperationsView(db: Database, options: { workspaceId: string; range: DateRange; granularity: Granularity }): Promise<OperationsView> {
  const [{ figures, tasks }, series, budget] = await Promise.all([
    getCopilotFigures(db, options),
    getCopilotSeries(db, options),
    getBudgetStatus(db, { workspaceId: options.workspaceId }),
  ]);
  return { figures, tasks, series, budget };
}
