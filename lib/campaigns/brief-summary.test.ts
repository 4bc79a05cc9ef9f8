import { describe, expect, it } from "vitest";
import { readBriefSummary, stableKey } from "./brief-summary";

describe("readBriefSummary", () => {
  it("reads current and older briefs (channels before assetKinds)", () => {
    expect(readBriefSummary({ productSourceId: "src_1", topic: " Rain ", assetKinds: ["meta-ad"], language: "de" })).toMatchObject({ productSourceId: "src_1", topic: "Rain", assetKinds: ["meta-ad"], language: "de", purged: false });
    expect(readBriefSummary({ productSourceId: null, topic: "Boots", channels: ["seo-page"], language: "en" }).assetKinds).toEqual(["seo-page"]);
  });

  it("marks a brief the retention purge emptied", () => {
    expect(readBriefSummary({})).toMatchObject({ purged: true, assetKinds: [], language: null, productSourceId: null });
    expect(readBriefSummary(null).purged).toBe(true);
  });
});

describe("stableKey", () => {
  it("is the same whatever order the fields were stored in, and differs when a value does", () => {
    expect(stableKey({ a: 1, b: { c: [1, "x"], d: null } })).toBe(stableKey({ b: { d: null, c: [1, "x"] }, a: 1 }));
    expect(stableKey({ a: 1, b: [1, 2] })).not.toBe(stableKey({ a: 1, b: [2, 1] }));
  });
});
