import { describe, expect, it } from "vitest";
import { csvCell, csvHeader, displayCell, metricCell, money, num, percent, text } from "./cells";

describe("table cells", () => {
  it("write plain, locale-independent CSV values with the unit in the header", () => {
    expect(csvCell(metricCell("cost", 123456, "EUR"))).toBe("1234.56");
    expect(csvCell(metricCell("cost", 1234, "JPY"))).toBe("1234");
    expect(csvCell(metricCell("ctr", 0.05))).toBe("5");
    expect(csvCell(percent(0.123456))).toBe("12.3456");
    expect(csvCell(money(5, "EUR"))).toBe("0.05");
    expect(csvCell(num(1 / 3, 3))).toBe("0.333");
    expect(csvCell(metricCell("cpa", null, "EUR"))).toBe("");
    expect(csvCell(text("=cmd"))).toBe("=cmd");
    expect(csvHeader({ label: "CTR", unit: "%" })).toBe("CTR (%)");
  });

  it("display undefined values as a dash, never as 0", () => {
    expect(displayCell(metricCell("ctr", null))).toBe("—");
    expect(displayCell(percent(Number.NaN))).toBe("—");
    expect(displayCell(metricCell("cost", 123456, "EUR"))).toBe("€1,234.56");
    expect(displayCell(percent(0.052))).toBe("5.2%");
  });
});

describe("usd cells", () => {
  it("keep fractions of a cent, which per-asset model costs often are", () => {
    expect(displayCell({ kind: "usd", value: 0.0123 })).toBe("$0.0123");
    expect(displayCell({ kind: "usd", value: 0 })).toBe("$0.00");
    expect(csvCell({ kind: "usd", value: 0.00012345 })).toBe("0.000123");
  });
});
