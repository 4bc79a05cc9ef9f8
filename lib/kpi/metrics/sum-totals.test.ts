import { describe, expect, it } from "vitest";
import { sumTotals } from "./sum-totals";
import type { Totals } from "./totals";

const eur = (costMinor: number, extra: Partial<Totals> = {}): Totals => ({
  impressions: 1_000,
  clicks: 50,
  conversions: 0.1,
  costMinor,
  revenueMinor: costMinor * 2,
  currency: "EUR",
  ...extra,
});

describe("sumTotals", () => {
  it("adds a single currency into one total", () => {
    const summed = sumTotals([eur(1_000), eur(2_500), eur(333, { conversions: 0.2 })]);
    expect(summed.mixedCurrency).toBe(false);
    expect(summed.total).toEqual({ impressions: 3_000, clicks: 150, conversions: 0.4, costMinor: 3_833, revenueMinor: 7_666, currency: "EUR" });
    expect(summed.byCurrency).toHaveLength(1);
  });

  it("sums fractional conversions without float drift", () => {
    const summed = sumTotals([eur(1, { conversions: 0.1 }), eur(1, { conversions: 0.2 })]);
    expect(summed.total?.conversions).toBe(0.3); // 0.1 + 0.2 would be 0.30000000000000004
  });

  it("never adds money across currencies but still adds the counts", () => {
    const summed = sumTotals([
      eur(10_000),
      { impressions: 500, clicks: 20, conversions: 1, costMinor: 4_000, revenueMinor: 9_000, currency: "USD" },
      eur(5_000),
    ]);
    expect(summed.mixedCurrency).toBe(true);
    expect(summed.total).toBeNull();
    expect(summed.byCurrency.map((t) => [t.currency, t.costMinor])).toEqual([
      ["EUR", 15_000],
      ["USD", 4_000],
    ]);
    expect(summed.counts).toEqual({ impressions: 2_500, clicks: 120, conversions: 1.2 });
  });

  it("returns an empty, non-mixed result for no input", () => {
    expect(sumTotals([])).toEqual({ counts: { impressions: 0, clicks: 0, conversions: 0 }, byCurrency: [], total: null, mixedCurrency: false });
  });

  it("does not mutate its inputs", () => {
    const first = eur(100);
    sumTotals([first, eur(200)]);
    expect(first.costMinor).toBe(100);
  });
});
