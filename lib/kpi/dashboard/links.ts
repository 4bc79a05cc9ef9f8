import type { TableId } from "@/lib/kpi/tables/cells";
import { filtersToSearch, type DashboardFilters, type DashboardTab } from "./filters";
import type { DateRange } from "@/lib/kpi/metrics/period";

export type ViewParams = Partial<Record<keyof DashboardFilters, string | undefined>>;

/** The view's URL parameters with the resolved range written out, so a shared link shows the same days. */
export function viewParams(filters: DashboardFilters, range: DateRange): ViewParams {
  return {
    from: range.from,
    to: range.to,
    granularity: filters.granularity,
    channel: filters.channel,
    campaign: filters.campaign,
    origin: filters.origin,
    currency: filters.currency,
    metric: filters.metric,
    tab: filters.tab,
  };
}

export function dashboardHref(slug: string, params: ViewParams, changes: ViewParams & { tab?: DashboardTab } = {}): string {
  return `/${slug}/dashboard${filtersToSearch({ ...params, ...changes })}`;
}

/** The CSV export of one table for exactly the view on screen. */
export function exportHref(slug: string, workspaceId: string, table: TableId, params: ViewParams, extra: Record<string, string> = {}): string {
  const search = new URLSearchParams({ workspaceId, table });
  for (const [key, value] of Object.entries({ ...params, ...extra })) {
    if (value && key !== "tab") search.set(key, value);
  }
  return `/${slug}/dashboard/export?${search.toString()}`;
}
