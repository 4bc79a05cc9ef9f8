import { describe, expect, it } from "vitest";
import { guardFormulaCell } from "./formula-guard";

describe("CSV formula guard", () => {
  it("defuses a formula at the start of a value, also when the value has a line break", () => {
    expect(guardFormulaCell("=1+1")).toBe("'=1+1");
    expect(guardFormulaCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(guardFormulaCell('=HYPERLINK("x")\nsecond line')).toBe("'=HYPERLINK(\"x\")\nsecond line");
    expect(guardFormulaCell("-cmd|' /C calc'!A0")).toBe("'-cmd|' /C calc'!A0");
    expect(guardFormulaCell("\t=1")).toBe("'\t'=1");
  });

  it("defuses every part a reader could split off at ';', ',' or a tab", () => {
    expect(guardFormulaCell("a;=cmd|' /C calc'!A0")).toBe("a;'=cmd|' /C calc'!A0");
    expect(guardFormulaCell("a,+cmd|x;@x\t-y")).toBe("a,'+cmd|x;'@x\t'-y");
    // A leading number does not make a DDE call harmless.
    expect(guardFormulaCell("a;-2+3+cmd|' /C calc'!A0")).toBe("a;'-2+3+cmd|' /C calc'!A0");
    // Some importers trim cells, so a space does not make a formula harmless.
    expect(guardFormulaCell("a; =1+1")).toBe("a; '=1+1");
  });

  it("leaves numbers, percentages and ordinary text alone, also inside a value", () => {
    for (const value of ["-12.5", "+3", "-0,25", "-20 %", "1299", "Fjell Jacke", "Jacke; -20 %", "a, b; c", "Sale - 20 % off", "a=b", "x@y.example", "Jacke, -20 % auf alles", "Ruf an: +49 30 1234567"]) {
      expect(guardFormulaCell(value), value).toBe(value);
    }
  });
});
