import "server-only";
import { toSafeCsv } from "@/lib/csv/write-csv";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { loadBudgetView } from "@/lib/kpi/dashboard/budget-view";
import type { DashboardFilters } from "@/lib/kpi/dashboard/filters";
import { loadOperationsView } from "@/lib/kpi/dashboard/operations-view";
import { loadPerformanceView } from "@/lib/kpi/dashboard/performance-view";
import { resolveView } from "@/lib/kpi/dashboard/resolve-view";
import { getImport, listImports } from "@/lib/kpi/queries/imports";
import { budgetTable } from "@/lib/kpi/tables/budget-table";
import { csvCell, csvHeader, type KpiTable, type TableId } from "@/lib/kpi/tables/cells";
import { importErrorsTable, importsTable } from "@/lib/kpi/tables/import-tables";
import { operationsTable, operationTasksTable } from "@/lib/kpi/tables/operations-tables";
import { assetsTable, breakdownTable, seriesTable, totalsTable, upliftTable } from "@/lib/kpi/tables/performance-tables";

export const EXPORT_TABLES = ["totals", "series", "channels", "campaigns", "assets", "uplift", "budget", "operations", "operation-tasks", "imports", "import-errors"] as const satisfies readonly TableId[];

/** Imports listed in the export (the page shows the latest 20). */
const MAX_EXPORTED_IMPORTS = 1_000;

/**
 * Builds one dashboard table for the view in `filters`, through the same loaders and table
 * builders as the page, so the CSV is exactly what the page shows (all rows, not the first 20).
 */
export async function buildExportTable(
  db: Database,
  options: { workspaceId: string; table: TableId; filters: DashboardFilters; importId?: string },
): Promise<{ table: KpiTable; fileName: string }> {
  const { workspaceId, table, filters } = options;
  const view = await resolveView(db, { workspaceId, filters });
  const period = `${view.range.from}_${view.range.to}`;
  const named = (built: KpiTable, suffix = period) => ({ table: built, fileName: `brandpilot-${built.id}-${suffix}.csv` });
  switch (table) {
    case "totals":
    case "series":
    case "channels":
    case "campaigns":
    case "assets":
    case "uplift": {
      const performance = await loadPerformanceView(db, { scope: view.scope, granularity: filters.granularity, currency: filters.currency, optionsRange: view.range, latestDataDate: view.latestDataDate });
      if (table === "totals") return named(totalsTable(performance.tiles));
      if (table === "series") return named(seriesTable(performance.chart, performance.chartCurrency));
      if (table === "channels") return named(breakdownTable(performance.platforms, "platform"));
      if (table === "campaigns") return named(breakdownTable(performance.campaigns, "campaign"));
      if (table === "assets") return named(assetsTable(performance.assets));
      return named(upliftTable(performance.uplift));
    }
    case "budget": {
      if (!filters.campaign) throw new AppError("invalid_input", { key: "kpi.chooseCampaignBudgetSuggestions" });
      const suggestions = await loadBudgetView(db, { workspaceId, range: view.range, campaign: filters.campaign, platform: filters.channel, metric: filters.metric });
      return named(budgetTable(suggestions, filters.metric));
    }
    case "operations":
    case "operation-tasks": {
      const operations = await loadOperationsView(db, { workspaceId, range: view.range, granularity: filters.granularity });
      return named(table === "operations" ? operationsTable(operations.figures) : operationTasksTable(operations.tasks));
    }
    case "imports":
      return named(importsTable(await listImports(db, { workspaceId, limit: MAX_EXPORTED_IMPORTS })), "all");
    case "import-errors": {
      if (!options.importId) throw new AppError("invalid_input", { key: "kpi.nameImportWhoseRejected" });
      const found = await getImport(db, { workspaceId, importId: options.importId });
      return named(importErrorsTable(found), found.id);
    }
  }
}

/** CSV with units in the header; formula-like cells are defused (a campaign named "=HYPERLINK(…)"). */
export function kpiTableToCsv(table: KpiTable): string {
  return toSafeCsv(table.columns.map(csvHeader), table.rows.map((row) => row.map(csvCell)));
}
