import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";
import { formatBytes } from "./export-progress-text";

export type ExportHistoryRow = { id: string; status: string; rowsWritten: number; bytesWritten: number; createdAt: string; error: string | null };

/** The workspace's recent exports (each is also in the audit log with its counts). */
export function ExportHistory({ exports }: { exports: ExportHistoryRow[] }) {
  if (exports.length === 0) return null;
  return (
    <section aria-labelledby="export-history-heading">
      <h2 id="export-history-heading" className="mb-3 text-lg font-medium">
        Recent exports
      </h2>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label="Exports (scrolls sideways)" tabIndex={0}>
        <Table caption="Recent exports of this workspace">
          <TableHead>
            <HeaderCell>Started</HeaderCell>
            <HeaderCell>Status</HeaderCell>
            <HeaderCell>Rows</HeaderCell>
            <HeaderCell>Size</HeaderCell>
          </TableHead>
          <TableBody>
            {exports.map((row) => (
              <TableRow key={row.id}>
                <TableCell>{new Date(row.createdAt).toLocaleString("en")}</TableCell>
                <TableCell>{row.error ? `${row.status}: ${row.error}` : row.status}</TableCell>
                <TableCell numeric>{row.rowsWritten.toLocaleString("en")}</TableCell>
                <TableCell numeric>{formatBytes(row.bytesWritten)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
