import { isIsoCurrency } from "@/lib/kpi/metrics/currency";
import type { ColumnPreset } from "./presets";
import { COLUMN_FIELDS, REQUIRED_FIELDS, type ColumnField } from "./types";

export interface NormalizedHeader {
  /** Lower case, single spaces, no currency suffix: "amount spent". */
  name: string;
  /** ISO code from a trailing "(EUR)", as Meta writes "Amount spent (EUR)". */
  currency: string | null;
}

const CURRENCY_SUFFIX = /\s*\(([A-Z]{3})\)\s*$/;

/**
 * Canonical form for comparing a header with preset aliases: exports differ in case, in
 * non-breaking spaces, in NFC/NFD ("Währungscode" from macOS) and in a currency suffix.
 */
export function normalizeHeader(raw: string): NormalizedHeader {
  let text = raw.replace(/^\uFEFF/, "").normalize("NFC").replace(/[\s\u00a0\u202f]+/g, " ").trim();
  let currency: string | null = null;
  const suffix = CURRENCY_SUFFIX.exec(text);
  if (suffix?.[1] && isIsoCurrency(suffix[1])) {
    currency = suffix[1];
    text = text.slice(0, suffix.index).trim();
  }
  return { name: text.toLowerCase(), currency };
}

/** Where each field sits in the header row of one export, under one preset. */
export interface ColumnLayout {
  preset: ColumnPreset;
  /** 0-based column index per mapped field. */
  indexes: Partial<Record<ColumnField, number>>;
  /** The header text actually used per field, for showing the user what was mapped. */
  headers: Partial<Record<ColumnField, string>>;
  /** Currency named in the cost header (or else the revenue header), if any. */
  headerCurrency: string | null;
  /** Optional fields the preset knows but this export lacks (e.g. no conversions column). */
  missingOptional: ColumnField[];
  /** Number of header cells, for messages about short lines. */
  columnCount: number;
}

export interface LayoutResolution {
  layout: ColumnLayout | null;
  missingRequired: ColumnField[];
  matched: number;
}

/** Maps a candidate header row onto a preset. `layout` is null when a required field has no column. */
export function resolveLayout(cells: readonly string[], preset: ColumnPreset): LayoutResolution {
  const normalized = cells.map(normalizeHeader);
  const indexes: Partial<Record<ColumnField, number>> = {};
  const headers: Partial<Record<ColumnField, string>> = {};
  const missingOptional: ColumnField[] = [];
  for (const field of COLUMN_FIELDS) {
    const aliases = preset.columns[field];
    if (!aliases || aliases.length === 0) continue;
    let found = -1;
    for (const alias of aliases) {
      const wanted = normalizeHeader(alias).name;
      found = normalized.findIndex((h) => h.name === wanted);
      if (found >= 0) break;
    }
    if (found >= 0) {
      indexes[field] = found;
      headers[field] = cells[found]?.trim() ?? "";
    } else if (!REQUIRED_FIELDS.includes(field)) {
      missingOptional.push(field);
    }
  }
  const missingRequired = REQUIRED_FIELDS.filter((field) => indexes[field] === undefined);
  const matched = Object.keys(indexes).length;
  if (missingRequired.length > 0) return { layout: null, missingRequired, matched };
  const currencyOf = (field: ColumnField) => {
    const index = indexes[field];
    return index === undefined ? null : (normalized[index]?.currency ?? null);
  };
  return {
    layout: { preset, indexes, headers, headerCurrency: currencyOf("cost") ?? currencyOf("revenue"), missingOptional, columnCount: cells.length },
    missingRequired,
    matched,
  };
}

/**
 * Picks the preset that maps the row completely with the most matched columns (Google and Meta
 * share names like "Day" and "Clicks", so the count breaks the tie); null if none fits.
 */
export function detectLayout(cells: readonly string[], presets: readonly ColumnPreset[]): ColumnLayout | null {
  let best: { layout: ColumnLayout; matched: number } | null = null;
  for (const preset of presets) {
    const { layout, matched } = resolveLayout(cells, preset);
    if (layout && (!best || matched > best.matched)) best = { layout, matched };
  }
  return best?.layout ?? null;
}
