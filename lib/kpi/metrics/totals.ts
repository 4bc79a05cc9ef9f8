/**
 * Raw campaign totals for one currency. Money is kept in integer minor units (cents) so sums
 * are exact; conversions may be fractional because Google Ads attributes partial conversions.
 */
export interface Totals {
  impressions: number;
  clicks: number;
  conversions: number;
  costMinor: number;
  revenueMinor: number;
  /** ISO 4217 code; every money field of this object is in this currency. */
  currency: string;
}

/** The currency-independent part of totals: can be added across currencies. */
export interface Counts {
  impressions: number;
  clicks: number;
  conversions: number;
}

export function emptyTotals(currency: string): Totals {
  return { impressions: 0, clicks: 0, conversions: 0, costMinor: 0, revenueMinor: 0, currency };
}

/**
 * Adds fractional conversions in hundredths: Google Ads reports at most two decimals, and summing
 * the floats directly drifts (0.1 + 0.2 !== 0.3), which would show up as 12.000000001 in exports.
 */
export function addConversions(a: number, b: number): number {
  return (Math.round(a * 100) + Math.round(b * 100)) / 100;
}
