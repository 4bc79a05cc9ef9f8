import { getDb } from "@/lib/db/client";
import type { DashboardFilters } from "@/lib/kpi/dashboard/filters";
import { loadOperationsView } from "@/lib/kpi/dashboard/operations-view";
import type { ResolvedView } from "@/lib/kpi/dashboard/resolve-view";
import { OperationsPanel } from "./operations-panel";

/** The copilot operations tab: its queries run only when this tab is shown. */
export async function OperationsTab({
  workspaceId,
  view,
  filters,
  exportLinks,
}: {
  workspaceId: string;
  view: ResolvedView;
  filters: DashboardFilters;
  exportLinks: { operations: string; tasks: string };
}) {
  const operations = await loadOperationsView(await getDb(), { workspaceId, range: view.range, granularity: filters.granularity });
  return <OperationsPanel view={operations} exportLinks={exportLinks} />;
}
