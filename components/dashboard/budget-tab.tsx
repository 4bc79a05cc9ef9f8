import { getDb } from "@/lib/db/client";
import { loadBudgetView } from "@/lib/kpi/dashboard/budget-view";
import type { DashboardFilters } from "@/lib/kpi/dashboard/filters";
import type { ResolvedView } from "@/lib/kpi/dashboard/resolve-view";
import { BudgetPanel } from "./budget-panel";

/** The budget tab: suggestions are computed only for a chosen campaign, and only when this tab is shown. */
export async function BudgetTab({
  workspaceId,
  view,
  filters,
  metricHref,
  exportHref,
}: {
  workspaceId: string;
  view: ResolvedView;
  filters: DashboardFilters;
  metricHref: Record<"ctr" | "cvr", string>;
  exportHref: string;
}) {
  const suggestions = filters.campaign
    ? await loadBudgetView(await getDb(), { workspaceId, range: view.range, campaign: filters.campaign, platform: filters.channel, metric: filters.metric })
    : null;
  return (
    <BudgetPanel
      campaign={filters.campaign}
      metric={filters.metric}
      metricHref={metricHref}
      suggestions={suggestions}
      exportLink={filters.campaign ? exportHref : null}
    />
  );
}
