import "server-only";
import type { Database } from "@/lib/db/types";
import type { DateRange } from "@/lib/kpi/metrics/period";
import type { RowScope } from "@/lib/kpi/queries/scope";
import { getLatestDataDate } from "@/lib/kpi/queries/summary";
import { defaultRangeEnd, resolveRange, type DashboardFilters } from "./filters";

export interface ResolvedView {
  range: DateRange;
  /** Newest day with data, or null when nothing was imported yet. */
  latestDataDate: string | null;
  /** A sentence when the requested range was changed (swapped, clamped). */
  adjusted: string | null;
  scope: RowScope;
  /** The day the view's default range ends: today on the copilot tab, the newest data elsewhere. */
  anchor: string;
}

/** The range and query scope of a view; the page and the CSV export resolve it the same way. */
export async function resolveView(db: Database, options: { workspaceId: string; filters: DashboardFilters; today?: string }): Promise<ResolvedView> {
  const latestDataDate = await getLatestDataDate(db, { workspaceId: options.workspaceId });
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { range, adjusted } = resolveRange(options.filters, defaultRangeEnd(options.filters.tab, latestDataDate, today), today);
  const { channel: platform, campaign, origin } = options.filters;
  const anchor = defaultRangeEnd(options.filters.tab, latestDataDate, today) ?? today;
  return { range, latestDataDate, adjusted, anchor, scope: { workspaceId: options.workspaceId, range, platform, campaign, origin } };
}
