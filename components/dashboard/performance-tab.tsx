import { getDb } from "@/lib/db/client";
import type { DashboardFilters } from "@/lib/kpi/dashboard/filters";
import { loadPerformanceView } from "@/lib/kpi/dashboard/performance-view";
import type { ResolvedView } from "@/lib/kpi/dashboard/resolve-view";
import type { TableId } from "@/lib/kpi/tables/cells";
import { PerformanceSection } from "./performance-section";

/** The performance tab: its queries run only when this tab is shown. */
export async function PerformanceTab({ view, filters, exportLink }: { view: ResolvedView; filters: DashboardFilters; exportLink: (table: TableId) => string }) {
  const db = await getDb();
  const performance = await loadPerformanceView(db, { scope: view.scope, granularity: filters.granularity, currency: filters.currency, optionsRange: view.range, latestDataDate: view.latestDataDate });
  return <PerformanceSection view={performance} exportLink={exportLink} />;
}
