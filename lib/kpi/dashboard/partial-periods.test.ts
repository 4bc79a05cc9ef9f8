import { describe, expect, it } from "vitest";
import { splitPartialPoints, type ChartPoint } from "./chart-points";
import { partialBucketKeys } from "./partial-periods";

describe("partialBucketKeys", () => {
  it("marks the weeks cut by the range's edges as partial", () => {
    // 2026-11-04 is a Wednesday, 2026-11-25 a Wednesday.
    const keys = partialBucketKeys({ from: "2026-11-04", to: "2026-11-25" }, "week", "2026-11-25");
    expect([...keys]).toEqual(["2026-W45", "2026-W48"]);
  });

  it("marks the last week partial when data stops before the range ends (reports lag)", () => {
    const keys = partialBucketKeys({ from: "2026-11-02", to: "2026-11-29" }, "week", "2026-11-26");
    expect([...keys]).toEqual(["2026-W48"]);
  });

  it("leaves full buckets alone and checks month lengths", () => {
    expect(partialBucketKeys({ from: "2026-11-02", to: "2026-11-29" }, "week", "2026-11-29").size).toBe(0);
    expect([...partialBucketKeys({ from: "2026-01-01", to: "2026-02-27" }, "month", "2026-02-27")]).toEqual(["2026-02"]);
    expect(partialBucketKeys({ from: "2026-02-01", to: "2026-02-28" }, "month", null).size).toBe(0);
  });

  it("marks days after the newest data as partial in a daily view", () => {
    expect([...partialBucketKeys({ from: "2026-11-01", to: "2026-11-03" }, "day", "2026-11-01")]).toEqual(["2026-11-02", "2026-11-03"]);
  });
});

describe("splitPartialPoints", () => {
  const point = (key: string, clicks: number, partial: boolean) => ({ key, clicks, partial }) as unknown as ChartPoint;

  it("draws partial buckets on the dashed series, joined to their full neighbour", () => {
    const rows = splitPartialPoints([point("W1", 10, false), point("W2", 12, false), point("W3", 3, true)], ["clicks"]);
    expect(rows.map((row) => [row["clicks:solid"], row["clicks:partial"]])).toEqual([
      [10, null],
      [12, 12],
      [null, 3],
    ]);
  });
});
