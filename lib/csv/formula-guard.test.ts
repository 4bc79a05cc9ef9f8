import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { FORMULA_CELL } from "./formula-guard";

/** What a spreadsheet reads back from the exported cell. */
const roundTrip = (value: string) => {
  const csv = Papa.unparse({ fields: ["v"], data: [[value]] }, { escapeFormulae: FORMULA_CELL, newline: "\n" });
  return (Papa.parse<string[]>(csv, { skipEmptyLines: true }).data[1] ?? [])[0];
};

describe("CSV formula guard", () => {
  it("defuses formulas, also when the value has a line break", () => {
    expect(roundTrip("=1+1")).toBe("'=1+1");
    expect(roundTrip("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(roundTrip('=HYPERLINK("x")\nsecond line')).toBe("'=HYPERLINK(\"x\")\nsecond line");
    expect(roundTrip("-cmd|' /C calc'!A0")).toBe("'-cmd|' /C calc'!A0");
  });

  it("leaves numbers, percentages and ordinary text alone", () => {
    for (const value of ["-12.5", "+3", "-0,25", "-20 %", "1299", "Fjell Jacke"]) expect(roundTrip(value), value).toBe(value);
  });
});
