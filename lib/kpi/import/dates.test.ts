import { describe, expect, it } from "vitest";
import { dateFormatHint, parseReportDate } from "./dates";

describe("parseReportDate", () => {
  it.each([
    ["2026-11-03", "2026-11-03"],
    ["2026-11-03 00:00:00", "2026-11-03"],
    ["Nov 3, 2026", "2026-11-03"],
    ["November 3, 2026", "2026-11-03"],
    ["Tue, Nov 3, 2026", "2026-11-03"],
    ["3 Nov 2026", "2026-11-03"],
    ["03.11.2026", "2026-11-03"],
    ["3.11.26", "2026-11-03"],
    ["3. Nov. 2026", "2026-11-03"],
    ["3. März 2026", "2026-03-03"],
    ["Di., 3. Dez. 2026", "2026-12-03"],
  ])("reads %s", (raw, expected) => {
    expect(parseReportDate(raw, "mdy")).toBe(expected);
  });

  it("reads slash dates in the file's order, US month/day for English Google exports", () => {
    expect(parseReportDate("11/03/2026", "mdy")).toBe("2026-11-03");
    expect(parseReportDate("11/03/2026", "dmy")).toBe("2026-03-11");
  });

  it("rejects dates impossible in that order instead of swapping day and month", () => {
    expect(parseReportDate("13/11/2026", "mdy")).toBeNull();
    expect(parseReportDate("13/11/2026", "dmy")).toBe("2026-11-13");
  });

  it("rejects impossible and unknown dates", () => {
    expect(parseReportDate("2026-02-30", "mdy")).toBeNull();
    expect(parseReportDate("31.04.2026", "dmy")).toBeNull();
    expect(parseReportDate("Foo 3, 2026", "mdy")).toBeNull();
    expect(parseReportDate("yesterday", "mdy")).toBeNull();
    expect(parseReportDate("", "mdy")).toBeNull();
  });

  it("names the slash order in the hint", () => {
    expect(dateFormatHint("mdy")).toMatch(/month\/day\/year/);
    expect(dateFormatHint("dmy")).toMatch(/day\/month\/year/);
  });
});
