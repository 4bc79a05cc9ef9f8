import { describe, expect, it } from "vitest";
import { pipelineOmissions } from "@/lib/assets/generate/pipeline-omissions";
import { briefFor } from "@/lib/testing/assets/writer-fixtures";
import { merchantOfferOmissions } from "./merchant-omissions";

describe("merchantOfferOmissions", () => {
  it("notes every part of the goal's offer, grounded or not, with Merchant's reason", () => {
    const omissions = merchantOfferOmissions("Promote 20 % off with code LICHT20 until 30 November 2026");
    expect(omissions.map((omission) => omission.item)).toEqual(["Discount code LICHT20", "Discount of 20 %", "End date 30 November 2026"]);
    expect(omissions.every((omission) => /Merchant Center promotion/.test(omission.reason))).toBe(true);
    expect(merchantOfferOmissions("Better titles in Merchant Center")).toEqual([]);
  });

  it("are added for any model's feed copy, before the model's own notes, and for no other kind", () => {
    const chunks = [{ kind: "campaign" as const, text: "Code LICHT20: 20 % off until 30 November 2026." }];
    const goal = "Promote code LICHT20";
    const feed = pipelineOmissions({ modelOmissions: [{ item: "Discount code LICHT20", reason: "left out" }], brief: briefFor("merchant-feed", "en", { goal }), chunks });
    expect(feed).toEqual([expect.objectContaining({ item: "Discount code LICHT20", reason: expect.stringMatching(/Merchant Center/) })]);
    expect(pipelineOmissions({ modelOmissions: [], brief: briefFor("meta-ad", "en", { goal }), chunks })).toEqual([]);
  });
});
