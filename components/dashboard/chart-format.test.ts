import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { chartValueFormatter, periodKeyFormatter } from "./chart-format";

// Intl separates amounts and units with a no-break space (U+00A0) or a narrow one (U+202F); compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

function weekLabel(locale: "en" | "de") {
  const t = createTranslator({ locale, messages: locale === "de" ? de : en, namespace: "dashboard.performanceChart" });
  return (values: { week: number; year: number }) => t("week", values);
}

describe("chartValueFormatter", () => {
  it("formats money ticks in the member's locale", () => {
    expect(plain(chartValueFormatter("de", "money", "EUR")(1234.56))).toBe("1.234,56 €");
    expect(plain(chartValueFormatter("en", "money", "EUR")(1234.56))).toBe("€1,234.56");
    expect(plain(chartValueFormatter("de", "money", "USD")(0.5))).toBe("0,50 $");
    expect(plain(chartValueFormatter("en", "money", "USD")(0.5))).toBe("$0.50");
  });

  it("formats rates as percentages with the locale's separator and spacing", () => {
    expect(plain(chartValueFormatter("de", "percent", null)(0.1234))).toBe("12,34 %");
    expect(plain(chartValueFormatter("en", "percent", null)(0.1234))).toBe("12.34%");
  });

  it("formats counts with grouping and ROAS with two decimals", () => {
    expect(chartValueFormatter("de", "count", null)(12345)).toBe("12.345");
    expect(chartValueFormatter("en", "count", null)(12345)).toBe("12,345");
    expect(chartValueFormatter("de", "ratio", null)(3.2)).toBe("3,20");
    expect(chartValueFormatter("en", "ratio", null)(3.2)).toBe("3.20");
  });

  it("shortens large counts in the locale's words", () => {
    expect(plain(chartValueFormatter("en", "count", null)(1_200_000))).toBe("1.2M");
    expect(plain(chartValueFormatter("de", "count", null)(1_200_000))).toBe("1,2 Mio.");
  });

  it("shows gaps (no value) as a dash, never as zero", () => {
    for (const locale of ["en", "de"] as const) {
      expect(chartValueFormatter(locale, "percent", null)(null)).toBe("—");
      expect(chartValueFormatter(locale, "money", "EUR")(Number.NaN)).toBe("—");
    }
  });
});

describe("periodKeyFormatter", () => {
  it("reads a day key as the locale's date", () => {
    expect(periodKeyFormatter("de", weekLabel("de"))("2026-12-07")).toBe("07.12.2026");
    expect(periodKeyFormatter("en", weekLabel("en"))("2026-12-07")).toBe("12/07/2026");
  });

  it("reads week and month keys as people say them", () => {
    expect(periodKeyFormatter("de", weekLabel("de"))("2026-W05")).toBe("KW 5/2026");
    expect(periodKeyFormatter("en", weekLabel("en"))("2026-W05")).toBe("Week 5, 2026");
    expect(periodKeyFormatter("de", weekLabel("de"))("2026-03")).toBe("März 2026");
    expect(periodKeyFormatter("en", weekLabel("en"))("2026-03")).toBe("March 2026");
  });

  it("leaves keys it does not know as they are", () => {
    expect(periodKeyFormatter("de", weekLabel("de"))("total")).toBe("total");
  });
});
