/** Sizes and progress lines for the export page (pure, unit-tested); the words come from `dataProtection.export`. */

/** Formats a number with the given fraction digits in the reader's locale (useFormatter().number in components). */
export type NumberFormatter = (value: number, fractionDigits: number) => string;

const englishNumber: NumberFormatter = (value, fractionDigits) =>
  value.toLocaleString("en", { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });

/** Binary units; the unit symbols are the same in every language, the decimal separator is not. */
export function formatBytes(bytes: number, formatNumber: NumberFormatter = englishNumber): string {
  if (bytes < 1024) return `${formatNumber(bytes, 0)} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(value, value < 10 ? 1 : 0)} ${units[unit]}`;
}

export type ExportProgressView = {
  status: "pending" | "running" | "done" | "failed";
  tablesTotal: number;
  tablesDone: number;
  rowsTotal: number;
  rowsWritten: number;
  bytesWritten: number;
  error: string | null;
};

/** `t` is useTranslations("dataProtection.export.progress"). */
export type ProgressTranslator = (key: "pending" | "running" | "done" | "failed" | "failedUnknown", values?: Record<string, string | number>) => string;

export function describeExportProgress(progress: ExportProgressView, t: ProgressTranslator, formatNumber: NumberFormatter = englishNumber): string {
  const size = formatBytes(progress.bytesWritten, formatNumber);
  switch (progress.status) {
    case "pending":
      return t("pending");
    case "running":
      return t("running", {
        tablesDone: progress.tablesDone,
        tablesTotal: progress.tablesTotal,
        rowsWritten: formatNumber(progress.rowsWritten, 0),
        rowsTotal: formatNumber(progress.rowsTotal, 0),
        size,
      });
    case "done":
      return t("done", { rowsWritten: formatNumber(progress.rowsWritten, 0), tablesDone: progress.tablesDone, size });
    case "failed":
      // The export's own error is a record of what broke (stored in English); the sentence around it is translated.
      return progress.error ? t("failed", { error: progress.error }) : t("failedUnknown");
  }
}
