import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { roleHasPermission } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db/client";
import { DEFAULT_RANGE_DAYS, parseDashboardFilters, type DashboardTab } from "@/lib/kpi/dashboard/filters";
import { dashboardHref, exportHref, viewParams } from "@/lib/kpi/dashboard/links";
import { resolveView } from "@/lib/kpi/dashboard/resolve-view";
import { addDays } from "@/lib/kpi/metrics/period";
import { getViewOptions } from "@/lib/kpi/queries/breakdowns";
import type { TableId } from "@/lib/kpi/tables/cells";
import { PageHeader } from "@/components/ui/page-header";
import { BudgetTab } from "@/components/dashboard/budget-tab";
import { DashboardTabs } from "@/components/dashboard/dashboard-tabs";
import { EmptyState } from "@/components/dashboard/empty-state";
import { ImportsTab } from "@/components/dashboard/imports-tab";
import { OperationsTab } from "@/components/dashboard/operations-tab";
import { PerformanceTab } from "@/components/dashboard/performance-tab";
import { SyntheticNotice } from "@/components/dashboard/synthetic-notice";
import { TabLoading } from "@/components/dashboard/tab-loading";
import { ViewFilters } from "@/components/dashboard/view-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.page");
  return { title: t("title") };
}

const QUICK_RANGES = [7, DEFAULT_RANGE_DAYS, 90, 365];
const TABS: DashboardTab[] = ["performance", "budget", "operations", "imports"];

export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace } = await params;
  const t = await getTranslations("dashboard");
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "kpi:read" });
  const { workspaceId, slug } = membership;
  const { filters, problems } = parseDashboardFilters(await searchParams);
  const db = await getDb();
  const view = await resolveView(db, { workspaceId, filters });
  const current = viewParams(filters, view.range);
  const canImport = roleHasPermission(membership.role, "kpi:import");
  const exportLink = (table: TableId, extra: Record<string, string> = {}) => exportHref(slug, workspaceId, table, current, extra);
  // A range the member did not choose is left out of tab links, so each tab takes its own default
  // (the copilot tab ends today, campaign tabs at the newest imported day).
  const hrefFor = Object.fromEntries(TABS.map((tab) => [tab, dashboardHref(slug, current, { tab, from: filters.from, to: filters.to })])) as Record<DashboardTab, string>;
  const { anchor } = view;
  const quickRanges = QUICK_RANGES.map((days) => {
    const from = addDays(anchor, -(days - 1));
    return { label: t("filters.lastDays", { days }), href: dashboardHref(slug, current, { from, to: anchor }), isCurrent: view.range.from === from && view.range.to === anchor };
  });
  const hasData = view.latestDataDate !== null;
  const showFilters = filters.tab !== "imports" && (hasData || filters.tab === "operations");
  const options = showFilters && filters.tab !== "operations" ? await getViewOptions(db, { workspaceId, range: view.range }) : null;

  return (
    <>
      <PageHeader title={t("page.title")} description={t("page.description")} />
      {hasData ? (
        <Suspense fallback={null}>
          <SyntheticNotice workspaceId={workspaceId} />
        </Suspense>
      ) : null}
      {[...problems.map((problem) => t("page.linkProblem", { problem })), ...(view.adjusted ? [view.adjusted] : [])].map((notice) => (
        <p key={notice} className="mb-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900" role="status">
          {notice}
        </p>
      ))}
      <DashboardTabs current={filters.tab} hrefFor={hrefFor} />
      {showFilters ? <ViewFilters filters={filters} range={view.range} options={options} quickRanges={quickRanges} showBreakdownFilters={filters.tab !== "operations"} /> : null}
      {/* Only the visible tab's component runs its queries; the header, tabs and filters show while it loads. */}
      <Suspense key={filters.tab} fallback={<TabLoading />}>
        {filters.tab === "performance" ? (
          hasData ? <PerformanceTab view={view} filters={filters} exportLink={exportLink} /> : <EmptyState canImport={canImport} importHref={hrefFor.imports} />
        ) : null}
        {filters.tab === "budget" ? (
          hasData ? (
            <BudgetTab
              workspaceId={workspaceId}
              view={view}
              filters={filters}
              metricHref={{ ctr: dashboardHref(slug, current, { metric: "ctr" }), cvr: dashboardHref(slug, current, { metric: "cvr" }) }}
              exportHref={exportLink("budget")}
            />
          ) : (
            <EmptyState canImport={canImport} importHref={hrefFor.imports} />
          )
        ) : null}
        {filters.tab === "operations" ? (
          <OperationsTab
            workspaceId={workspaceId}
            view={view}
            filters={filters}
            exportLinks={{ operations: exportLink("operations"), tasks: exportLink("operation-tasks") }}
          />
        ) : null}
        {filters.tab === "imports" ? (
          <ImportsTab
            workspaceId={workspaceId}
            canImport={canImport}
            exportHref={exportLink("imports")}
            errorsExportHref={(importId) => exportLink("import-errors", { importId })}
          />
        ) : null}
      </Suspense>
    </>
  );
}
