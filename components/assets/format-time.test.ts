import { describe, expect, it } from "vitest";
import { formatDateTime, formatDuration, formatWaiting } from "./format-time";

describe("formatDuration", () => {
  it.each([
    [0, "less than a minute"],
    [59_000, "less than a minute"],
    [60_000, "1 min"],
    [59 * 60_000, "59 min"],
    [60 * 60_000, "1 h"],
    [3 * 3_600_000 + 59 * 60_000, "3 h"],
    [47 * 3_600_000, "47 h"],
    [48 * 3_600_000, "2 d"],
    [-5_000, "less than a minute"],
  ])("%i ms → %s", (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe("formatWaiting", () => {
  it("counts from the submission to now", () => {
    const now = new Date("2025-03-12T15:30:00Z");
    expect(formatWaiting(new Date("2025-03-12T12:10:00Z"), now)).toBe("waiting 3 h");
    expect(formatWaiting("2025-03-12T15:00:00Z", now.getTime())).toBe("waiting 30 min");
  });

  it("says so when the time is unknown", () => {
    expect(formatWaiting(null, Date.now())).toBe("waiting (time unknown)");
  });
});

describe("formatDateTime", () => {
  it("is the same string on server and client, in UTC", () => {
    expect(formatDateTime(new Date("2025-03-12T14:03:59Z"))).toBe("2025-03-12 14:03 UTC");
    expect(formatDateTime("2025-03-12T14:03:59Z")).toBe("2025-03-12 14:03 UTC");
    expect(formatDateTime("nonsense")).toBe("unknown time");
  });
});
