import { displayCell, type KpiTable } from "@/lib/kpi/tables/cells";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";

/**
 * A dashboard table rendered from the same typed cells as its CSV export, with the export link.
 * `maxRows` shortens long tables on the page; the export always has every row.
 */
export function DataTable({ table, exportHref, maxRows, caption }: { table: KpiTable; exportHref: string; maxRows?: number; caption?: string }) {
  const rows = maxRows ? table.rows.slice(0, maxRows) : table.rows;
  const headingId = `table-${table.id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h3 id={headingId} className="font-medium text-slate-900">
            {table.title}
          </h3>
          {caption ? <p className="text-sm text-slate-600">{caption}</p> : null}
        </div>
        <a href={exportHref} download className="text-sm font-medium text-brand-700 underline" data-testid={`export-${table.id}`}>
          Export CSV
        </a>
      </div>
      {table.rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">No rows for this view.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <Table caption={table.title}>
            <TableHead>
              {table.columns.map((column) => (
                <HeaderCell key={column.label} className={`whitespace-nowrap ${column.numeric ? "text-right" : ""}`}>
                  {column.label}
                </HeaderCell>
              ))}
            </TableHead>
            <TableBody>
              {rows.map((row, index) => (
                <TableRow key={index}>
                  {row.map((cell, cellIndex) => (
                    <TableCell key={cellIndex} numeric={table.columns[cellIndex]?.numeric}>
                      {displayCell(cell)}
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
          Showing {maxRows} of {table.rows.length} rows; the CSV export has all of them.
        </p>
      ) : null}
    </section>
  );
}
