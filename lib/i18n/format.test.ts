import { describe, expect, it } from "vitest";
import { formatUiDate, formatUiDateTime, formatUiInteger, formatUiMoney, formatUiPercent } from "./format";

// Intl separates a currency symbol and percent sign from the number with a no-break space in German.
const normalizeSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const moment = new Date("2026-12-07T14:03:00Z");

describe("UI formatting", () => {
  it("writes dates day first with dots in German and month first in English", () => {
    expect(formatUiDate("de", moment)).toBe("07.12.2026");
    expect(formatUiDate("en", moment)).toBe("12/07/2026");
  });

  it("writes date and time in UTC in both locales", () => {
    expect(formatUiDateTime("de", moment)).toBe("07.12.2026, 14:03");
    expect(normalizeSpaces(formatUiDateTime("en", moment))).toBe("12/07/2026, 02:03 PM");
    // Late evening UTC stays on its UTC day whatever the machine's zone.
    expect(formatUiDate("de", new Date("2026-12-31T23:30:00Z"))).toBe("31.12.2026");
  });

  it("writes money with the locale's separators and symbol position", () => {
    expect(normalizeSpaces(formatUiMoney("de", 1234.56, "EUR"))).toBe("1.234,56 €");
    expect(formatUiMoney("en", 1234.56, "EUR")).toBe("€1,234.56");
    expect(normalizeSpaces(formatUiMoney("de", 99, "USD"))).toBe("99,00 $");
    expect(formatUiMoney("en", 99, "USD")).toBe("$99.00");
  });

  it("writes percentages from ratios", () => {
    expect(normalizeSpaces(formatUiPercent("de", 0.125))).toBe("12,5 %");
    expect(formatUiPercent("en", 0.125)).toBe("12.5%");
    expect(normalizeSpaces(formatUiPercent("de", 1))).toBe("100 %");
  });

  it("groups thousands", () => {
    expect(formatUiInteger("de", 1234567)).toBe("1.234.567");
    expect(formatUiInteger("en", 1234567)).toBe("1,234,567");
  });
});
