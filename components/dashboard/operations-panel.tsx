import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { OperationsView } from "@/lib/kpi/dashboard/operations-view";
import { displayCell } from "@/lib/kpi/tables/cells";
import { copilotFigureRows, operationsTable, operationTasksTable } from "@/lib/kpi/tables/operations-tables";
import { DataTable } from "./data-table";
import { OperationsChart } from "./operations-chart";

/** The copilot's own figures: what it produced, how reviews went, what the models cost and how fast they were. */
export function OperationsPanel({ view, exportLinks }: { view: OperationsView; exportLinks: { operations: string; tasks: string } }) {
  const t = useTranslations("dashboard.operations");
  const tables = useTranslations("kpiTables");
  const errors = useTranslations("errors");
  const format = useFormatter();
  const locale = useLocale();
  const usd = (value: number) => format.number(value, { style: "currency", currency: "USD" });
  const figures = copilotFigureRows(view.figures);
  const { budget } = view;
  return (
    <div className="space-y-6">
      <section aria-labelledby="ops-heading" className="space-y-3">
        <h2 id="ops-heading" className="text-lg font-medium">
          {t("heading")}
        </h2>
        <p className="text-sm text-slate-600">
          {t("intro")}
        </p>
        <ul className="grid grid-cols-2 gap-3 md:grid-cols-5" aria-label={t("figuresLabel")}>
          {figures.map((figure) => (
            <li key={figure.id} className="rounded-lg border border-slate-200 bg-white p-3">
              <p className="text-xs font-medium uppercase tracking-wide text-slate-500" title={tables(`figures.${figure.id}.definition`)}>
                {tables(`figures.${figure.id}.label`)}
              </p>
              <p className="mt-1 text-lg font-semibold tabular-nums text-slate-900">
                {displayCell(figure.cell, locale)}
                {(figure.unit === "hours" || figure.unit === "ms") && displayCell(figure.cell, locale) !== "—" ? ` ${tables(`units.${figure.unit}`)}` : ""}
              </p>
            </li>
          ))}
        </ul>
        <div className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="spend-vs-budget">
          <p className="font-medium text-slate-900">{t("budgetHeading", { month: budget.month })}</p>
          <p className="text-slate-700">
            {budget.costLimitUsd !== null
              ? t("spentOfLimit", { spent: usd(budget.spentUsd), limit: usd(budget.costLimitUsd), share: format.number(budget.spentUsd / Math.max(budget.costLimitUsd, 0.0001), { style: "percent", maximumFractionDigits: 0 }) })
              : t("spentNoLimit", { spent: usd(budget.spentUsd) })}
            {budget.tokenLimit !== null ? t("tokens", { tokens: budget.tokens, limit: budget.tokenLimit }) : ""}
            {t("sentenceEnd")}
          </p>
          {budget.exhaustedMessage ? (
            <p className="text-red-700">{errors(budget.exhaustedMessage.key, budget.exhaustedMessage.params)}</p>
          ) : budget.warningMessage ? (
            <p className="text-amber-700">{tables(`budgetWarning.${budget.warningMessage.key}`, budget.warningMessage.params)}</p>
          ) : null}
        </div>
      </section>
      <OperationsChart points={view.series} />
      <DataTable table={operationsTable(view.figures)} exportHref={exportLinks.operations} />
      <DataTable table={operationTasksTable(view.tasks)} exportHref={exportLinks.tasks} />
    </div>
  );
}
