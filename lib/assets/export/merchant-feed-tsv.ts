import Papa from "papaparse";
import type { MerchantFeed } from "@/lib/assets/schemas/merchant-feed";
import { AppError } from "@/lib/errors";
import { FORMULA_START } from "@/lib/assets/validate/merchant-feed";

/*
 * A Google Merchant Center supplemental feed as a tab-separated file: a header row of attribute
 * names, then one row per product, keyed by `id` (the product's id in the main feed), with the
 * attributes it overrides: title, description and, when any product has them, product_highlight.
 *
 * Merchant Center reads one record per line and one value per tab, so tabs and line breaks inside
 * a value become spaces rather than relying on quoting. Papaparse writes the file (quoting only a
 * value that still needs it, one with a double quote). Values are written exactly as approved:
 * Merchant Center shows them as they are, so the formula guard's apostrophe ("'-20% Jacke") would
 * end up in Shopping. A value a spreadsheet would run as a formula is refused instead; validation
 * (merchant.formula_start) keeps such copy from being approved in the first place.
 * No byte order mark: Merchant Center detects UTF-8, and a BOM could end up in the first header.
 */
export const SUPPLEMENTAL_FEED_COLUMNS = ["id", "title", "description"] as const;
export const PRODUCT_HIGHLIGHT_COLUMN = "product_highlight";

export type SupplementalFeedRow = Pick<MerchantFeed, "productId" | "title" | "description" | "highlights">;

/** One line, one value: tabs and line breaks (any kind) become single spaces. */
export function tsvValue(text: string): string {
  return text.replace(/[\t\r\n\u2028\u2029\v\f]+/g, " ").replace(/ {2,}/g, " ").trim();
}

/**
 * Several highlights in one cell, as Google's text-feed format for product_highlight writes them:
 * comma-separated, each in straight double quotes (inner quotes doubled) when it holds a comma,
 * a colon or a quote.
 */
export function highlightsCell(highlights: readonly string[]): string {
  return highlights
    .map(tsvValue)
    .filter((text) => text !== "")
    .map((text) => (/[,:"]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text))
    .join(",");
}

function assertNoFormula(productId: string, column: string, value: string) {
  if (!FORMULA_START.test(value)) return;
  throw new AppError(
    "invalid_input",
    { key: "assets.feedValueStartsWithFormula", params: { column, productId, character: value.trim()[0] ?? "" } },
  );
}

export function supplementalFeedTsv(rows: readonly SupplementalFeedRow[]): string {
  const withHighlights = rows.some((row) => row.highlights.some((highlight) => highlight.text.trim() !== ""));
  const fields = [...SUPPLEMENTAL_FEED_COLUMNS, ...(withHighlights ? [PRODUCT_HIGHLIGHT_COLUMN] : [])];
  const data = rows.map((row) => {
    const cells = [tsvValue(row.productId), tsvValue(row.title.text), tsvValue(row.description.text)];
    if (withHighlights) cells.push(highlightsCell(row.highlights.map((highlight) => highlight.text)));
    const id = cells[0]!;
    assertNoFormula(id, "id", id);
    assertNoFormula(id, "title", row.title.text);
    assertNoFormula(id, "description", row.description.text);
    for (const highlight of row.highlights) assertNoFormula(id, "product_highlight", highlight.text);
    return cells;
  });
  // Papaparse ends a header-only file with a line break and other files without one; every line ends with one here.
  return `${Papa.unparse({ fields, data }, { delimiter: "\t", newline: "\n" }).replace(/\n$/, "")}\n`;
}
