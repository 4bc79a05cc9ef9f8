import { describe, expect, it } from "vitest";
import { parseLibraryFilters, parseVersionParam } from "./library-params";

describe("parseLibraryFilters", () => {
  it("reads search, state and channel", () => {
    expect(parseLibraryFilters({ q: " Fjell ", state: "published", kind: "meta-ad" })).toEqual({ search: "Fjell", state: "published", kind: "meta-ad" });
  });

  it("drops values that are not states or channels", () => {
    expect(parseLibraryFilters({ state: "deleted", kind: "print" })).toEqual({});
  });
});

describe("parseVersionParam", () => {
  it.each([
    ["3", 3],
    ["0", undefined],
    ["-1", undefined],
    ["2.5", undefined],
    ["abc", undefined],
  ])("%s → %s", (value, expected) => {
    expect(parseVersionParam({ version: value })).toBe(expected);
  });
});

describe("the Archived filter", () => {
  it("is on only for archived=1", () => {
    expect(parseLibraryFilters({ archived: "1" })).toEqual({ archived: true });
    expect(parseLibraryFilters({ archived: "yes" })).toEqual({});
  });
});
