import { describe, expect, it } from "vitest";
import { summarizeByChannel } from "./channel-summary";

describe("summarizeByChannel", () => {
  it("counts assets per channel and state, channels in the Generate form's order", () => {
    const summary = summarizeByChannel([
      { kind: "meta-ad", state: "draft" },
      { kind: "seo-page", state: "approved" },
      { kind: "meta-ad", state: "draft" },
      { kind: "meta-ad", state: "in_review" },
    ]);
    expect(summary.map((row) => row.kind)).toEqual(["seo-page", "meta-ad"]);
    expect(summary[1]).toEqual({ kind: "meta-ad", total: 3, counts: { draft: 2, in_review: 1, changes_requested: 0, approved: 0, published: 0, archived: 0 } });
  });

  it("shows planned channels without assets as zeroes, and unknown kinds last", () => {
    const summary = summarizeByChannel([{ kind: "fax-ad", state: "draft" }], ["linkedin-ad", "google-rsa"]);
    expect(summary.map((row) => [row.kind, row.total])).toEqual([
      ["google-rsa", 0],
      ["linkedin-ad", 0],
      ["fax-ad", 1],
    ]);
  });
});
