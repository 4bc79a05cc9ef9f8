import { describe, expect, it } from "vitest";
import { isSummaryRow } from "./summary-rows";

const noDate = () => false;

describe("isSummaryRow", () => {
  it("recognises Google Ads total rows in English and German", () => {
    expect(isSummaryRow(["Total: Account", "--", "--", "2,184"], noDate)).toBe(true);
    expect(isSummaryRow(["Total: Search", "", "148"], noDate)).toBe(true);
    expect(isSummaryRow(["", "Total", "--"], noDate)).toBe(true);
    expect(isSummaryRow(["Gesamt: Konto", "--"], noDate)).toBe(true);
    expect(isSummaryRow(["Summe", "12"], noDate)).toBe(true);
  });

  it("keeps real rows of campaigns whose name starts with Total", () => {
    expect(isSummaryRow(["Total Recall Promo", "2026-11-03", "12"], () => true)).toBe(false);
    expect(isSummaryRow(["Totally Outdoor", "x"], noDate)).toBe(false);
    expect(isSummaryRow(["2026-11-03", "Brand"], noDate)).toBe(false);
  });

  it("only parses the date when the label matches", () => {
    let calls = 0;
    isSummaryRow(["2026-11-03", "Brand"], () => {
      calls++;
      return true;
    });
    expect(calls).toBe(0);
  });
});
