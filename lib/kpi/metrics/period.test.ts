import { describe, expect, it } from "vitest";
import { addDays, bucketKey, bucketKeys, isoWeekKey, previousPeriod, rangeLength, toDayNumber, weekStart } from "./period";

describe("date arithmetic", () => {
  it("rejects malformed and impossible dates", () => {
    expect(() => toDayNumber("2026-02-30")).toThrow(RangeError);
    expect(() => toDayNumber("03.11.2026")).toThrow(RangeError);
    expect(toDayNumber("1970-01-02")).toBe(1);
  });

  it("adds days across month and leap-year boundaries", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("counts inclusive range length and refuses reversed ranges", () => {
    expect(rangeLength({ from: "2026-11-01", to: "2026-11-30" })).toBe(30);
    expect(rangeLength({ from: "2026-11-03", to: "2026-11-03" })).toBe(1);
    expect(() => rangeLength({ from: "2026-11-04", to: "2026-11-03" })).toThrow(/after/);
  });
});

describe("previousPeriod", () => {
  it("is the range of equal length ending the day before", () => {
    expect(previousPeriod({ from: "2026-11-01", to: "2026-11-30" })).toEqual({ from: "2026-10-02", to: "2026-10-31" });
    expect(previousPeriod({ from: "2026-11-03", to: "2026-11-03" })).toEqual({ from: "2026-11-02", to: "2026-11-02" });
  });

  it("crosses year and leap-day boundaries", () => {
    expect(previousPeriod({ from: "2027-01-01", to: "2027-01-07" })).toEqual({ from: "2026-12-25", to: "2026-12-31" });
    // 1–31 Mar 2028 is 31 days; the 31 days before end on 29 Feb (leap year) and start on 30 Jan.
    expect(previousPeriod({ from: "2028-03-01", to: "2028-03-31" })).toEqual({ from: "2028-01-30", to: "2028-02-29" });
  });
});

describe("buckets", () => {
  it("starts weeks on Monday", () => {
    expect(weekStart("2026-11-02")).toBe("2026-11-02"); // Monday
    expect(weekStart("2026-11-08")).toBe("2026-11-02"); // Sunday belongs to the week before it
    expect(weekStart("2026-11-09")).toBe("2026-11-09");
    expect(weekStart("1970-01-01")).toBe("1969-12-29"); // before the epoch's Monday offset
  });

  it("uses ISO week-years at year boundaries", () => {
    expect(isoWeekKey("2026-01-01")).toBe("2026-W01"); // a Thursday
    expect(isoWeekKey("2024-12-30")).toBe("2025-W01"); // Monday of the week holding 2 Jan 2025
    expect(isoWeekKey("2021-01-03")).toBe("2020-W53"); // Sunday, still in 2020's last week
    expect(isoWeekKey("2026-12-31")).toBe("2026-W53"); // 2026 starts on a Thursday: 53 weeks
    expect(isoWeekKey("2026-11-08")).toBe(isoWeekKey("2026-11-02"));
    expect(isoWeekKey("2026-11-09")).not.toBe(isoWeekKey("2026-11-08"));
  });

  it("keys days, weeks and months", () => {
    expect(bucketKey("2026-11-03", "day")).toBe("2026-11-03");
    expect(bucketKey("2026-11-03", "week")).toBe("2026-W45");
    expect(bucketKey("2026-11-03", "month")).toBe("2026-11");
    expect(() => bucketKey("2026-13-01", "month")).toThrow(RangeError);
  });

  it("lists every bucket a range touches, partial edges included", () => {
    expect(bucketKeys({ from: "2026-10-30", to: "2026-11-10" }, "week")).toEqual(["2026-W44", "2026-W45", "2026-W46"]);
    expect(bucketKeys({ from: "2026-10-30", to: "2026-11-10" }, "month")).toEqual(["2026-10", "2026-11"]);
    expect(bucketKeys({ from: "2026-12-30", to: "2027-01-01" }, "day")).toEqual(["2026-12-30", "2026-12-31", "2027-01-01"]);
  });
});
