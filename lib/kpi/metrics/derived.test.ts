import { describe, expect, it } from "vitest";
import { cpaMinor, cpcMinor, ctr, cvr, deriveMetrics, roas, safeRatio } from "./derived";
import { emptyTotals, type Totals } from "./totals";

const totals = (overrides: Partial<Totals> = {}): Totals => ({
  impressions: 10_000,
  clicks: 250,
  conversions: 12.5,
  costMinor: 50_000, // €500.00
  revenueMinor: 175_000, // €1,750.00
  currency: "EUR",
  ...overrides,
});

describe("derived metrics", () => {
  it("computes CTR, CPC, CVR, CPA and ROAS from totals", () => {
    expect(deriveMetrics(totals())).toEqual({
      ctr: 0.025, // 250 / 10,000
      cpcMinor: 200, // 50,000 cents / 250 clicks = €2.00
      cvr: 0.05, // 12.5 / 250
      cpaMinor: 4_000, // 50,000 / 12.5 = €40.00
      roas: 3.5, // 175,000 / 50,000
    });
  });

  it("keeps per-unit money unrounded so display decides the precision", () => {
    expect(cpcMinor(totals({ costMinor: 1_000, clicks: 3 }))).toBeCloseTo(333.3333, 4);
  });

  it("returns null, never NaN or Infinity, for every zero denominator", () => {
    const zero = emptyTotals("EUR");
    expect(deriveMetrics(zero)).toEqual({ ctr: null, cpcMinor: null, cvr: null, cpaMinor: null, roas: null });
    // Clicks without conversions: CVR is a real 0, CPA is undefined.
    const noConversions = totals({ conversions: 0 });
    expect(cvr(noConversions)).toBe(0);
    expect(cpaMinor(noConversions)).toBeNull();
    expect(roas(totals({ costMinor: 0, revenueMinor: 100 }))).toBeNull();
    expect(ctr(totals({ impressions: 0, clicks: 0 }))).toBeNull();
  });

  it("treats non-finite inputs as undefined rather than propagating them", () => {
    expect(safeRatio(Number.NaN, 2)).toBeNull();
    expect(safeRatio(1, Number.POSITIVE_INFINITY)).toBeNull();
    expect(safeRatio(0, 5)).toBe(0);
  });
});
