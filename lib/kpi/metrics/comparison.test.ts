import { describe, expect, it } from "vitest";
import { compareWithPrevious, formatChange, hasEnoughCoverage, notEnoughDataText } from "./comparison";

const FULL = { daysWithData: 90, days: 90 };

describe("compareWithPrevious", () => {
  it("flags a sparse previous period with the reason instead of a percentage", () => {
    // The demo's 90-day view: 120 days of data, so only 30 of the previous 90 days have any.
    const coverage = { daysWithData: 30, days: 90 };
    const result = compareWithPrevious({ current: 499.7, previous: 100, direction: "higher-is-better", coverage });
    expect(result).toEqual({ kind: "not-enough-data", coverage });
    expect(notEnoughDataText(coverage)).toBe("not enough data in the previous period (30 of 90 days)");
  });

  it("compares when at least half of the previous period's days have data", () => {
    expect(hasEnoughCoverage({ daysWithData: 45, days: 90 })).toBe(true);
    expect(hasEnoughCoverage({ daysWithData: 44, days: 90 })).toBe(false);
    expect(hasEnoughCoverage({ daysWithData: 0, days: 0 })).toBe(false);
    expect(compareWithPrevious({ current: 125, previous: 100, direction: "higher-is-better", coverage: { daysWithData: 45, days: 90 } })).toEqual({
      kind: "change",
      change: 0.25,
      assessment: "better",
    });
  });

  it("treats zero and changes that round to zero as unchanged, never as bad news", () => {
    expect(compareWithPrevious({ current: 100, previous: 100, direction: "higher-is-better", coverage: FULL })).toEqual({ kind: "change", change: 0, assessment: "unchanged" });
    const tiny = compareWithPrevious({ current: 99.99, previous: 100, direction: "higher-is-better", coverage: FULL });
    expect(tiny).toEqual({ kind: "change", change: 0, assessment: "unchanged" });
    expect(formatChange(0)).toBe("±0%");
  });

  it("has nothing to compare with when the previous value is missing or 0", () => {
    expect(compareWithPrevious({ current: 10, previous: 0, direction: "lower-is-better", coverage: FULL })).toEqual({ kind: "none" });
  });

  it("writes the sign out", () => {
    expect(formatChange(0.125)).toBe("+12.5%");
    expect(formatChange(-0.03)).toBe("−3%");
  });
});
