/** Human-readable sizes and progress lines for the export page (pure, unit-tested). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
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

export function describeExportProgress(progress: ExportProgressView): string {
  switch (progress.status) {
    case "pending":
      return "Ready: download the archive with the link.";
    case "running":
      return `Writing: ${progress.tablesDone} of ${progress.tablesTotal} tables, ${progress.rowsWritten.toLocaleString("en")} of ${progress.rowsTotal.toLocaleString("en")} rows, ${formatBytes(progress.bytesWritten)}.`;
    case "done":
      return `Done: ${progress.rowsWritten.toLocaleString("en")} rows in ${progress.tablesDone} tables, ${formatBytes(progress.bytesWritten)}.`;
    case "failed":
      return `Failed: ${progress.error ?? "the archive could not be written."} Start a new export.`;
  }
}
