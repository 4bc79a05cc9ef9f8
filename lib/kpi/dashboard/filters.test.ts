import { describe, expect, it } from "vitest";
import { defaultRangeEnd, filtersToSearch, MAX_RANGE_DAYS, parseDashboardFilters, resolveRange } from "./filters";
import { exportHref } from "./links";

describe("dashboard filters in the URL", () => {
  it("parses a shared link and fills in defaults", () => {
    const { filters, problems } = parseDashboardFilters({ from: "2026-11-01", to: "2026-11-30", channel: "google-ads", tab: "budget", campaign: ["Brand", "ignored"] });
    expect(problems).toEqual([]);
    expect(filters).toEqual({ from: "2026-11-01", to: "2026-11-30", granularity: "day", channel: "google-ads", campaign: "Brand", origin: "all", metric: "cvr", tab: "budget" });
  });

  it("drops what it cannot read and says so, instead of failing the page", () => {
    const { filters, problems } = parseDashboardFilters({ from: "2026-02-30", granularity: "hour", origin: "ai" });
    expect(filters.from).toBeUndefined();
    expect(filters).toMatchObject({ granularity: "day", origin: "ai" });
    expect(problems).toEqual(["from: Use a date like 2026-11-30", expect.stringMatching(/^granularity: /)]);
  });

  it("writes only non-default values, so shared links stay short", () => {
    expect(filtersToSearch({ from: "2026-11-01", granularity: "day", origin: "all", campaign: "Frühling & Sommer", tab: "performance" })).toBe("?from=2026-11-01&campaign=Fr%C3%BChling+%26+Sommer");
    expect(filtersToSearch({ granularity: "day" })).toBe("");
  });

  it("builds export links for exactly the view on screen", () => {
    expect(exportHref("nordlicht", "ws_1", "campaigns", { from: "2026-11-01", to: "2026-11-28", origin: "ai", tab: "performance" })).toBe(
      "/nordlicht/dashboard/export?workspaceId=ws_1&table=campaigns&from=2026-11-01&to=2026-11-28&origin=ai",
    );
  });
});

describe("resolveRange", () => {
  it("defaults to the 28 days up to the newest data, not up to today", () => {
    expect(resolveRange({}, "2026-11-20", "2026-11-30")).toEqual({ range: { from: "2026-10-24", to: "2026-11-20" }, adjusted: null });
    expect(resolveRange({}, null, "2026-11-30").range).toEqual({ from: "2026-11-03", to: "2026-11-30" });
    expect(resolveRange({ to: "2026-11-10" }, "2026-11-20", "2026-11-30").range).toEqual({ from: "2026-10-14", to: "2026-11-10" });
  });

  it("swaps a reversed range and clamps an overlong one, saying so", () => {
    expect(resolveRange({ from: "2026-11-30", to: "2026-11-01" }, null, "2026-12-01")).toEqual({ range: { from: "2026-11-01", to: "2026-11-30" }, adjusted: expect.stringContaining("swapped") });
    const clamped = resolveRange({ from: "2020-01-01", to: "2026-11-30" }, null, "2026-12-01");
    expect(clamped.range).toEqual({ from: "2023-12-01", to: "2026-11-30" });
    expect(clamped.adjusted).toContain(String(MAX_RANGE_DAYS));
  });
});

describe("defaultRangeEnd", () => {
  it("ends the copilot's own figures today, not at the newest KPI day", () => {
    expect(defaultRangeEnd("operations", "2026-11-20", "2026-11-30")).toBe("2026-11-30");
    expect(resolveRange({}, defaultRangeEnd("operations", "2026-11-20", "2026-11-30"), "2026-11-30").range).toEqual({ from: "2026-11-03", to: "2026-11-30" });
  });

  it("ends campaign tabs at the newest imported day (reports lag)", () => {
    expect(defaultRangeEnd("performance", "2026-11-20", "2026-11-30")).toBe("2026-11-20");
    expect(defaultRangeEnd("budget", null, "2026-11-30")).toBeNull();
  });
});
