import type { Messages, MessageKeys, NestedKeyOf } from "next-intl";
import { currencyMinorDigits, minorToMajor } from "@/lib/kpi/metrics/currency";
import { csvMetricValue, formatMetricValue, MISSING_VALUE } from "@/lib/kpi/metrics/format";
import { getMetric, type MetricId } from "@/lib/kpi/metrics/registry";

/**
 * A cell of a dashboard table. Tables are built once as typed cells; the page formats them for
 * people (locale, currency symbols) and the CSV export for spreadsheets (plain numbers, units in
 * the header), so a table on screen and its export cannot disagree.
 */
/**
 * What a page shows in the member's language instead of the English text: a message key and its values. The English
 * `label`/`value` beside it stays what the CSV export (and anything else reading the table as data) gets.
 */
export type UiText = { key: MessageKeys<Messages, NestedKeyOf<Messages>>; params?: Record<string, string | number> };

export type Cell =
  | { kind: "text"; value: string; ui?: UiText }
  | { kind: "metric"; value: number | null; metric: MetricId; currency?: string }
  /** A fraction shown as a percentage (0.052 → 5.2 %). */
  | { kind: "percent"; value: number | null }
  /** Minor units of `currency`. */
  | { kind: "money"; value: number | null; currency: string }
  | { kind: "number"; value: number | null; digits?: number }
  /** Model spend in US dollars (major units; fractions of a cent matter for per-asset costs). */
  | { kind: "usd"; value: number | null };

export interface Column {
  /** The CSV header (English, stable for spreadsheets that read it). */
  label: string;
  /** The header on the page. */
  key?: UiText["key"];
  /** Appended to the CSV header: "Cost (EUR)", "CTR (%)". */
  unit?: string;
  numeric?: boolean;
}

export type TableId =
  | "totals"
  | "series"
  | "channels"
  | "campaigns"
  | "assets"
  | "uplift"
  | "budget"
  | "operations"
  | "operation-tasks"
  | "imports"
  | "import-errors";

export interface KpiTable {
  id: TableId;
  /** English: the CSV file and the heading id. */
  title: string;
  titleUi?: UiText;
  columns: Column[];
  rows: Cell[][];
}

export const text = (value: string | null | undefined): Cell => ({ kind: "text", value: value ?? "" });
/** A text cell whose page wording comes from messages; `value` is its English form for the CSV. */
export const uiText = (value: string, ui: UiText): Cell => ({ kind: "text", value, ui });
export const metricCell = (metric: MetricId, value: number | null, currency?: string): Cell => ({ kind: "metric", metric, value, ...(currency ? { currency } : {}) });
export const percent = (value: number | null): Cell => ({ kind: "percent", value });
export const money = (value: number | null, currency: string): Cell => ({ kind: "money", value, currency });
export const num = (value: number | null, digits?: number): Cell => ({ kind: "number", value, ...(digits === undefined ? {} : { digits }) });
export const usd = (value: number | null): Cell => ({ kind: "usd", value });

const trim = (fixed: string) => (fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed);

/** Locale-independent CSV text: dot decimals, no grouping, percentages in points; "" for no value. */
export function csvCell(cell: Cell): string {
  switch (cell.kind) {
    case "text":
      return cell.value;
    case "metric":
      return csvMetricValue(cell.value, getMetric(cell.metric), cell.currency);
    case "percent":
      return cell.value === null || !Number.isFinite(cell.value) ? "" : trim((cell.value * 100).toFixed(4));
    case "money":
      return cell.value === null || !Number.isFinite(cell.value) ? "" : minorToMajor(cell.value, cell.currency).toFixed(currencyMinorDigits(cell.currency));
    case "number":
      return cell.value === null || !Number.isFinite(cell.value) ? "" : trim(cell.value.toFixed(cell.digits ?? 4));
    case "usd":
      return cell.value === null || !Number.isFinite(cell.value) ? "" : trim(cell.value.toFixed(6));
  }
}

/** Display text for people; "—" for no value (an undefined rate is not 0 %). */
export function displayCell(cell: Cell, locale = "en"): string {
  switch (cell.kind) {
    case "text":
      return cell.value;
    case "metric":
      return formatMetricValue(cell.value, getMetric(cell.metric), { locale, currency: cell.currency });
    case "percent":
      return cell.value === null || !Number.isFinite(cell.value)
        ? MISSING_VALUE
        : new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(cell.value);
    case "money":
      return cell.value === null || !Number.isFinite(cell.value)
        ? MISSING_VALUE
        : new Intl.NumberFormat(locale, { style: "currency", currency: cell.currency }).format(minorToMajor(cell.value, cell.currency));
    case "number":
      return cell.value === null || !Number.isFinite(cell.value) ? MISSING_VALUE : new Intl.NumberFormat(locale, { maximumFractionDigits: cell.digits ?? 2 }).format(cell.value);
    case "usd":
      return cell.value === null || !Number.isFinite(cell.value)
        ? MISSING_VALUE
        : new Intl.NumberFormat(locale, { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(cell.value);
  }
}

export function csvHeader(column: Column): string {
  return column.unit ? `${column.label} (${column.unit})` : column.label;
}
