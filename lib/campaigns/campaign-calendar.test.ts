import { describe, expect, it } from "vitest";
import { buildCampaignCalendar, campaignDays, campaignState, todayIso } from "./campaign-calendar";

const MARCH = { startsOn: "2027-03-01", endsOn: "2027-03-31" };

describe("campaignState", () => {
  it("is planned before the first day, running from the first to the last day, ended after it", () => {
    expect(campaignState(MARCH, "2027-02-28")).toBe("planned");
    expect(campaignState(MARCH, "2027-03-01")).toBe("running");
    expect(campaignState(MARCH, "2027-03-31")).toBe("running");
    expect(campaignState(MARCH, "2027-04-01")).toBe("ended");
  });

  it("runs a one-day campaign on that day only", () => {
    const day = { startsOn: "2027-05-04", endsOn: "2027-05-04" };
    expect(["2027-05-03", "2027-05-04", "2027-05-05"].map((today) => campaignState(day, today))).toEqual(["planned", "running", "ended"]);
  });
});

describe("todayIso", () => {
  it("takes the UTC calendar day", () => {
    expect(todayIso(new Date("2027-03-01T23:30:00-02:00"))).toBe("2027-03-02");
  });
});

describe("campaignDays", () => {
  it("counts both the first and the last day", () => {
    expect(campaignDays(MARCH)).toBe(31);
    expect(campaignDays({ startsOn: "2027-03-01", endsOn: "2027-03-01" })).toBe(1);
  });
});

describe("buildCampaignCalendar", () => {
  it("places start, offer ends, end and today on the strip in date order", () => {
    const calendar = buildCampaignCalendar(MARCH, [{ code: "B", validUntil: "2027-03-16" }, { code: "A", validUntil: "2027-03-31" }], "2027-03-11");
    expect(calendar).toMatchObject({ from: "2027-03-01", to: "2027-03-31", todayOutside: null });
    expect(calendar.markers.map((m) => [m.kind, m.date, m.label, m.position])).toEqual([
      ["start", "2027-03-01", "Campaign starts", 0],
      ["today", "2027-03-11", "Today", 10 / 30],
      ["offer-end", "2027-03-16", "Offer B ends", 0.5],
      // On the same day an offer's end comes before the campaign's.
      ["offer-end", "2027-03-31", "Offer A ends", 1],
      ["end", "2027-03-31", "Campaign ends", 1],
    ]);
  });

  it("stretches to an offer that runs past the campaign", () => {
    const calendar = buildCampaignCalendar(MARCH, [{ code: "LATE", validUntil: "2027-04-30" }], "2027-04-15");
    expect(calendar.to).toBe("2027-04-30");
    expect(calendar.markers.find((m) => m.kind === "end")!.position).toBeCloseTo(30 / 60);
    expect(calendar.markers.find((m) => m.kind === "today")!.position).toBeCloseTo(45 / 60);
  });

  it("says where today lies when it is off the strip, without a marker", () => {
    expect(buildCampaignCalendar(MARCH, [], "2027-01-10")).toMatchObject({ todayOutside: "before" });
    const after = buildCampaignCalendar(MARCH, [], "2027-06-01");
    expect(after.todayOutside).toBe("after");
    expect(after.markers.map((m) => m.kind)).toEqual(["start", "end"]);
  });

  it("puts every marker of a one-day campaign on its one day", () => {
    const calendar = buildCampaignCalendar({ startsOn: "2027-05-04", endsOn: "2027-05-04" }, [], "2027-05-04");
    expect(calendar.markers.map((m) => [m.kind, m.position])).toEqual([
      ["start", 0],
      ["end", 0],
      ["today", 0],
    ]);
  });
});
