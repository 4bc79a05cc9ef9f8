import { useFormatter, useTranslations } from "next-intl";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";
import { formatBytes } from "./export-progress-text";

export type ExportHistoryRow = { id: string; status: string; rowsWritten: number; bytesWritten: number; createdAt: string; error: string | null };

/** The workspace's recent exports (each is also in the audit log with its counts). */
export function ExportHistory({ exports }: { exports: ExportHistoryRow[] }) {
  const t = useTranslations("dataProtection.exportHistory");
  const tCommon = useTranslations("common");
  const format = useFormatter();
  const formatNumber = (value: number, digits: number) => format.number(value, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (exports.length === 0) return null;
  return (
    <section aria-labelledby="export-history-heading">
      <h2 id="export-history-heading" className="mb-3 text-lg font-medium">
        {t("heading")}
      </h2>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label={t("regionLabel")} tabIndex={0}>
        <Table caption={t("caption")}>
          <TableHead>
            <HeaderCell>{t("columns.started")}</HeaderCell>
            <HeaderCell>{t("columns.status")}</HeaderCell>
            <HeaderCell>{t("columns.rows")}</HeaderCell>
            <HeaderCell>{t("columns.size")}</HeaderCell>
          </TableHead>
          <TableBody>
            {exports.map((row) => (
              <TableRow key={row.id}>
                <TableCell>{tCommon("timeZoneSuffix", { time: format.dateTime(new Date(row.createdAt), "dateTime") })}</TableCell>
                <TableCell>{row.error ? t("statusWithError", { status: statusLabel(t, row.status), error: row.error }) : statusLabel(t, row.status)}</TableCell>
                <TableCell numeric>{format.number(row.rowsWritten, "integer")}</TableCell>
                <TableCell numeric>{formatBytes(row.bytesWritten, formatNumber)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

const STATUSES = ["pending", "running", "done", "failed"] as const;

function statusLabel(t: ReturnType<typeof useTranslations<"dataProtection.exportHistory">>, status: string): string {
  const known = STATUSES.find((value) => value === status);
  return known ? t(`status.${known}`) : status;
}
