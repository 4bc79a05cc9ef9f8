import { useTranslations } from "next-intl";
import type { KpiTable } from "@/lib/kpi/tables/cells";
import { useCellText, useUiText } from "./use-ui-text";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";

/**
 * A dashboard table rendered from the same typed cells as its CSV export, with the export link.
 * `maxRows` shortens long tables on the page; the export always has every row.
 */
export function DataTable({ table, exportHref, maxRows, caption }: { table: KpiTable; exportHref: string; maxRows?: number; caption?: string }) {
  const t = useTranslations("dashboard.dataTable");
  const uiText = useUiText();
  const cellText = useCellText();
  const title = table.titleUi ? uiText(table.titleUi) : table.title;
  const rows = maxRows ? table.rows.slice(0, maxRows) : table.rows;
  // Two tables may share an id (best and worst assets): the title keeps heading ids, and so the
  // names of the regions they label, unique on the page (axe: duplicate-id, landmark-unique).
  const headingId = `table-${table.id}-${table.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={headingId} className="min-w-0 space-y-2">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h3 id={headingId} className="font-medium text-slate-900">
            {title}
          </h3>
          {caption ? <p className="text-sm text-slate-600">{caption}</p> : null}
        </div>
        <a href={exportHref} download className="text-sm font-medium text-brand-700 underline" data-testid={`export-${table.id}`}>
          {t("exportCsv")}
        </a>
      </div>
      {table.rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        // A wide table scrolls inside its own box, never the page. The box is focusable and named so
        // keyboard users can scroll it too (axe: scrollable-region-focusable).
        <div className="max-w-full overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-700" tabIndex={0} role="region" aria-label={t("scrollRegion", { title })}>
          <Table caption={title}>
            <TableHead>
              {table.columns.map((column) => (
                <HeaderCell key={column.label} className={`whitespace-nowrap ${column.numeric ? "text-right" : ""}`}>
                  {column.key ? uiText({ key: column.key }) : column.label}
                </HeaderCell>
              ))}
            </TableHead>
            <TableBody>
              {rows.map((row, index) => (
                <TableRow key={index}>
                  {row.map((cell, cellIndex) => (
                    <TableCell key={cellIndex} numeric={table.columns[cellIndex]?.numeric}>
                      {cellText(cell)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {maxRows && table.rows.length > maxRows ? (
        <p className="text-xs text-slate-500">
          {t("truncated", { shown: maxRows, total: table.rows.length })}
        </p>
      ) : null}
    </section>
  );
}
