import { describe, expect, it } from "vitest";
import { assessChange, relativeChange } from "./change";

describe("relativeChange", () => {
  it("is the fractional change against the previous value", () => {
    expect(relativeChange(125, 100)).toBe(0.25);
    expect(relativeChange(75, 100)).toBe(-0.25);
    expect(relativeChange(100, 100)).toBe(0);
  });

  it("is null when the previous value is 0 or either value is missing", () => {
    expect(relativeChange(10, 0)).toBeNull();
    expect(relativeChange(0, 0)).toBeNull();
    expect(relativeChange(null, 10)).toBeNull();
    expect(relativeChange(10, null)).toBeNull();
  });

  it("falls to -100 % when the current value drops to 0", () => {
    expect(relativeChange(0, 40)).toBe(-1);
  });
});

describe("assessChange", () => {
  it("reads the direction of the metric", () => {
    expect(assessChange(0.1, "higher-is-better")).toBe("better");
    expect(assessChange(-0.1, "higher-is-better")).toBe("worse");
    expect(assessChange(-0.1, "lower-is-better")).toBe("better"); // cheaper clicks
    expect(assessChange(0.1, "lower-is-better")).toBe("worse");
    expect(assessChange(0.1, "neutral")).toBe("neutral");
    expect(assessChange(0, "higher-is-better")).toBe("unchanged");
    expect(assessChange(null, "higher-is-better")).toBeNull();
  });
});
