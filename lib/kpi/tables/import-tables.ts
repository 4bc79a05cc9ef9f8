import type { KpiImport } from "@/lib/db/schema/kpi";
import type { ImportListItem } from "@/lib/kpi/queries/imports";
import { num, text, type KpiTable } from "./cells";

export function importsTable(items: readonly ImportListItem[]): KpiTable {
  return {
    id: "imports",
    title: "Imports",
    columns: [
      { label: "Started (UTC)" },
      { label: "File" },
      { label: "By" },
      { label: "Status" },
      { label: "Format" },
      { label: "Rows accepted", numeric: true },
      { label: "Rows rejected", numeric: true },
      { label: "Summary rows skipped", numeric: true },
      { label: "New rows", numeric: true },
      { label: "Updated rows", numeric: true },
      { label: "Linked to assets", numeric: true },
      { label: "First day" },
      { label: "Last day" },
      { label: "Reason" },
    ],
    rows: items.map((item) => [
      text(item.createdAt.toISOString().slice(0, 19).replace("T", " ")),
      text(item.fileName),
      text(item.origin === "synthetic" ? "demo seed (synthetic)" : item.createdByEmail),
      text(item.status),
      text(item.format?.presetLabel ?? ""),
      num(item.rowsAccepted, 0),
      num(item.rowsRejected, 0),
      num(item.rowsSkipped, 0),
      num(item.rowsInserted, 0),
      num(item.rowsUpdated, 0),
      num(item.rowsLinked, 0),
      text(item.firstDate),
      text(item.lastDate),
      text(item.failureReason),
    ]),
  };
}

/** The rejected lines of one import (the first 1,000; the count is on the import). */
export function importErrorsTable(item: Pick<KpiImport, "fileName" | "errors">): KpiTable {
  return {
    id: "import-errors",
    title: `Rejected lines of ${item.fileName}`,
    columns: [{ label: "Line", numeric: true }, { label: "Problem" }],
    rows: item.errors.map((error) => [num(error.line, 0), text(error.message)]),
  };
}
