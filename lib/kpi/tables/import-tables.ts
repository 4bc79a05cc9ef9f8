import type { KpiImport } from "@/lib/db/schema/kpi";
import type { ImportListItem } from "@/lib/kpi/queries/imports";
import { num, text, uiText, type KpiTable } from "./cells";

export function importsTable(items: readonly ImportListItem[]): KpiTable {
  return {
    id: "imports",
    title: "Imports",
    titleUi: { key: "kpiTables.titles.imports" },
    columns: [
      { key: "kpiTables.columns.startedUtc", label: "Started (UTC)" },
      { key: "kpiTables.columns.file", label: "File" },
      { key: "kpiTables.columns.by", label: "By" },
      { key: "kpiTables.columns.status", label: "Status" },
      { key: "kpiTables.columns.format", label: "Format" },
      { key: "kpiTables.columns.rowsAccepted", label: "Rows accepted", numeric: true },
      { key: "kpiTables.columns.rowsRejected", label: "Rows rejected", numeric: true },
      { key: "kpiTables.columns.summaryRowsSkipped", label: "Summary rows skipped", numeric: true },
      { key: "kpiTables.columns.newRows", label: "New rows", numeric: true },
      { key: "kpiTables.columns.updatedRows", label: "Updated rows", numeric: true },
      { key: "kpiTables.columns.linkedToAssets", label: "Linked to assets", numeric: true },
      { key: "kpiTables.columns.firstDay", label: "First day" },
      { key: "kpiTables.columns.lastDay", label: "Last day" },
      { key: "kpiTables.columns.reason", label: "Reason" },
    ],
    rows: items.map((item) => [
      text(item.createdAt.toISOString().slice(0, 19).replace("T", " ")),
      text(item.fileName),
      item.origin === "synthetic" ? uiText("demo seed (synthetic)", { key: "kpiTables.cells.demoSeed" }) : text(item.createdByEmail),
      uiText(item.status, { key: `dashboard.importHistory.status.${item.status}` }),
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
    titleUi: { key: "kpiTables.titles.importErrors", params: { file: item.fileName } },
    columns: [{ key: "kpiTables.columns.line", label: "Line", numeric: true }, { key: "kpiTables.columns.problem", label: "Problem" }],
    rows: item.errors.map((error) => [num(error.line, 0), text(error.message)]),
  };
}
