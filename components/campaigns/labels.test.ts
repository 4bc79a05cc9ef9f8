import { describe, expect, it } from "vitest";
import { channelLabel, dateRangeLabel, formatMinutes } from "./labels";

describe("formatMinutes", () => {
  it("reads minutes, hours and days at their boundaries", () => {
    expect([null, 0.2, 1, 59.4, 60, 80, 47 * 60 + 59, 48 * 60, 50 * 60 + 30].map(formatMinutes)).toEqual(["—", "under a minute", "1 min", "59 min", "1 h", "1 h 20 min", "47 h 59 min", "2 d", "2 d 2 h"]);
  });
});

describe("labels", () => {
  it("names known channels and shows unknown ones as stored", () => {
    expect(channelLabel("google-rsa")).toBe("Google responsive search ad");
    expect(channelLabel("fax-ad")).toBe("fax-ad");
  });
  it("writes a one-day campaign as one date", () => {
    expect(dateRangeLabel("2027-03-01", "2027-03-01")).toBe("2027-03-01");
    expect(dateRangeLabel("2027-03-01", "2027-03-31")).toBe("2027-03-01 – 2027-03-31");
  });
});
