import { currencyMinorDigits, minorToMajor } from "./currency";
import type { MetricDefinition } from "./registry";

/** What the dashboard shows for an undefined metric (zero denominator, no previous period). */
export const MISSING_VALUE = "—";

export interface FormatOptions {
  locale: string;
  /** Required for currency metrics: the values are minor units of this currency. */
  currency?: string;
}

function requireCurrency(metric: MetricDefinition, currency: string | undefined): string {
  if (!currency) throw new RangeError(`metric '${metric.id}' is a currency amount; pass the currency to format it`);
  return currency;
}

/** Localised display value: "12.5 %", "€1,234.56", "3.20"; `null` becomes "—". */
export function formatMetricValue(value: number | null, metric: MetricDefinition, options: FormatOptions): string {
  if (value === null || !Number.isFinite(value)) return MISSING_VALUE;
  switch (metric.format) {
    case "count":
      return new Intl.NumberFormat(options.locale, { maximumFractionDigits: 2 }).format(value);
    case "percent":
      return new Intl.NumberFormat(options.locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(value);
    case "ratio":
      return new Intl.NumberFormat(options.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
    case "currency": {
      const currency = requireCurrency(metric, options.currency);
      return new Intl.NumberFormat(options.locale, { style: "currency", currency }).format(minorToMajor(value, currency));
    }
  }
}

/** CSV column header carrying the unit, so the plain numbers below it are unambiguous: "CTR (%)", "Cost (EUR)". */
export function csvMetricHeader(metric: MetricDefinition, currency?: string): string {
  if (metric.format === "percent") return `${metric.label} (%)`;
  if (metric.format === "currency") return `${metric.label} (${requireCurrency(metric, currency)})`;
  return metric.label;
}

/**
 * Locale-independent CSV value: dot decimals, no grouping, percent as percentage points, money
 * in major units with the currency's digits. `null` becomes an empty cell, which spreadsheets
 * treat as "no value" rather than as zero.
 */
export function csvMetricValue(value: number | null, metric: MetricDefinition, currency?: string): string {
  if (value === null || !Number.isFinite(value)) return "";
  const trim = (fixed: string) => (fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed);
  switch (metric.format) {
    case "count":
      return trim(value.toFixed(2));
    case "percent":
      return trim((value * 100).toFixed(4));
    case "ratio":
      return trim(value.toFixed(4));
    case "currency": {
      const code = requireCurrency(metric, currency);
      return minorToMajor(value, code).toFixed(currencyMinorDigits(code));
    }
  }
}
