import { currencyMinorDigits, isIsoCurrency } from "@/lib/kpi/metrics/currency";
import { dateFormatHint, parseReportDate } from "./dates";
import type { ColumnLayout } from "./header";
import { parseLocaleNumber, toMinorUnits, type NumberParse } from "./numbers";
import { REQUIRED_FIELDS, type ColumnField, type ImportRow, type SlashDateOrder } from "./types";
import { extractUtm } from "./utm";

type ParsedNumber = Extract<NumberParse, { kind: "number" }>;

export type RowResult = { ok: true; row: ImportRow } | { ok: false; problems: string[] };

/**
 * Cell of a mapped field; undefined when the field has no column. A line too short to reach an
 * optional column reads as empty: some tools drop trailing empty cells.
 */
function cellOf(cells: readonly string[], layout: ColumnLayout, field: ColumnField): string | undefined {
  const index = layout.indexes[field];
  return index === undefined ? undefined : (cells[index] ?? "").trim();
}

/** Quotes a cell for a message, shortened so a runaway cell cannot flood the error list. */
function quote(value: string): string {
  return `'${value.length > 40 ? `${value.slice(0, 37)}...` : value}'`;
}

// A report holds a few hundred distinct days over up to millions of rows; caching the parse
// saves a regex cascade and a calendar check per row. Cleared when full, so it stays small.
const dateCache = new Map<string, string | null>();
function cachedDate(raw: string, order: SlashDateOrder): string | null {
  const key = `${order}|${raw}`;
  const cached = dateCache.get(key);
  if (cached !== undefined) return cached;
  if (dateCache.size >= 4_096) dateCache.clear();
  const parsed = parseReportDate(raw, order);
  dateCache.set(key, parsed);
  return parsed;
}

/** Date of the row, or null; `parseReportDate` with the layout's slash order. */
export function rowDate(cells: readonly string[], layout: ColumnLayout): string | null {
  const raw = cellOf(cells, layout, "date");
  return raw ? cachedDate(raw, layout.preset.slashDateOrder) : null;
}

/** Text field, NFC-normalised; line breaks inside a quoted cell become "\n" whatever the file used. */
function textField(cells: readonly string[], layout: ColumnLayout, field: ColumnField, required: boolean, problems: string[]): string {
  const value = cellOf(cells, layout, field) ?? "";
  if (required && !value) problems.push(`${field} is empty`);
  return value.includes("\r") ? value.replace(/\r\n?/g, "\n").normalize("NFC") : value.normalize("NFC");
}

/** A non-negative number, or null for empty cells (the caller's 0) and for invalid ones (problem recorded). */
function numberField(cells: readonly string[], layout: ColumnLayout, field: ColumnField, kind: "count" | "amount", problems: string[]): ParsedNumber | null {
  const raw = cellOf(cells, layout, field);
  if (raw === undefined) return null;
  const parsed = parseLocaleNumber(raw, layout.preset.decimalSeparator);
  if (parsed.kind === "empty") return null;
  if (parsed.kind === "invalid") {
    const expected = kind === "count" ? "a number" : "an amount like 1,234.56";
    problems.push(`${field} is ${quote(raw)}, expected ${parsed.reason === "percent" ? `${expected}, not a percentage` : expected}`);
    return null;
  }
  if (parsed.decimal.negative && parsed.value !== 0) {
    problems.push(`${field} is ${quote(raw)}, must not be negative`);
    return null;
  }
  return parsed;
}

/** A whole count; null when invalid, so a broken value does not trigger follow-on checks. */
function countField(cells: readonly string[], layout: ColumnLayout, field: "impressions" | "clicks", problems: string[]): number | null {
  const before = problems.length;
  const parsed = numberField(cells, layout, field, "count", problems);
  if (!parsed) return problems.length > before ? null : 0;
  if (parsed.decimal.fraction !== "") {
    problems.push(`${field} is ${quote(cellOf(cells, layout, field) ?? "")}, expected a whole number`);
    return null;
  }
  return parsed.value;
}

function dateField(cells: readonly string[], layout: ColumnLayout, problems: string[]): string {
  const order = layout.preset.slashDateOrder;
  const raw = cellOf(cells, layout, "date") ?? "";
  if (raw === "") {
    problems.push("date is empty");
    return "";
  }
  const date = cachedDate(raw, order);
  if (!date) {
    problems.push(`date is ${quote(raw)}, expected ${dateFormatHint(order)}`);
    return "";
  }
  // Meta's "Reporting starts/ends": a multi-day row booked on its first day would distort daily charts.
  const rawEnd = cellOf(cells, layout, "dateEnd");
  if (rawEnd) {
    const end = cachedDate(rawEnd, order);
    if (end !== date) problems.push(`the row covers ${date} to ${end ?? rawEnd}; export with a daily breakdown so each row is one day`);
  }
  return date;
}

/** The column wins; otherwise the "(EUR)" in the cost header; otherwise the mapping's default. */
function currencyField(cells: readonly string[], layout: ColumnLayout, problems: string[]): string {
  const fromColumn = cellOf(cells, layout, "currency")?.toUpperCase();
  const currency = fromColumn || layout.headerCurrency || layout.preset.defaultCurrency || "";
  if (!currency) {
    problems.push("currency is missing (no currency column value, none in the cost header, and no default currency)");
    return "";
  }
  if (!isIsoCurrency(currency)) {
    problems.push(`currency is ${quote(currency)}, expected an ISO 4217 code like EUR`);
    return "";
  }
  if (fromColumn && layout.headerCurrency && fromColumn !== layout.headerCurrency) {
    problems.push(`currency ${fromColumn} contradicts the ${layout.headerCurrency} in the cost column's header`);
  }
  return currency;
}

/**
 * Validates one data row and converts it to an `ImportRow`. Every problem of the row is collected
 * (not just the first), so a user fixes a line once instead of re-uploading per error.
 * Empty cells and "--" count as 0 for the numeric fields: that is how Google and Meta write
 * "nothing happened", and rejecting them would reject most rows of a sparse export.
 */
export function mapRow(cells: readonly string[], layout: ColumnLayout): RowResult {
  // A line that stops before a required column is one problem (usually a truncated or
  // hand-edited line), not a list of every field it failed to reach.
  const unreachable = REQUIRED_FIELDS.filter((field) => (layout.indexes[field] ?? -1) >= cells.length);
  if (unreachable.length > 0) {
    return { ok: false, problems: [`the line has ${cells.length} of the header's ${layout.columnCount} columns, so ${unreachable.join(", ")} ${unreachable.length === 1 ? "is" : "are"} missing`] };
  }

  const problems: string[] = [];
  const date = dateField(cells, layout, problems);
  const campaign = textField(cells, layout, "campaign", true, problems);
  const adGroup = textField(cells, layout, "adGroup", false, problems);
  const adId = textField(cells, layout, "adId", false, problems);
  const impressions = countField(cells, layout, "impressions", problems);
  const clicks = countField(cells, layout, "clicks", problems);
  // Two decimals, rounded exactly: Google's data-driven attribution reports e.g. 3.47 conversions.
  const conversions = numberField(cells, layout, "conversions", "count", problems);
  const currency = currencyField(cells, layout, problems);
  const cost = numberField(cells, layout, "cost", "amount", problems);
  const revenue = numberField(cells, layout, "revenue", "amount", problems);

  if (clicks !== null && impressions !== null && clicks > impressions) problems.push(`clicks (${clicks}) exceed impressions (${impressions})`);
  if (problems.length > 0 || clicks === null || impressions === null) return { ok: false, problems };

  const digits = currencyMinorDigits(currency);
  const utm = extractUtm(cellOf(cells, layout, "url"));
  return {
    ok: true,
    row: {
      date,
      campaign,
      adGroup,
      adId,
      platform: layout.preset.platform,
      impressions,
      clicks,
      conversions: conversions ? toMinorUnits(conversions.decimal, 2) / 100 : 0,
      costMinor: cost ? toMinorUnits(cost.decimal, digits) : 0,
      revenueMinor: revenue ? toMinorUnits(revenue.decimal, digits) : 0,
      currency,
      utmCampaign: utm.utmCampaign,
      utmContent: utm.utmContent,
    },
  };
}
