import { describe, expect, it } from "vitest";
import { pipelineOmissions } from "@/lib/assets/generate/pipeline-omissions";
import { buildInstructions } from "@/lib/ai/tasks/generate-asset/prompt";
import type { GroundedOffer } from "@/lib/campaigns/offer-facts";
import { briefFor } from "@/lib/testing/assets/writer-fixtures";
import { campaignOfferOmissions, statesCampaignOffer } from "./campaign-offer-omissions";

const offer: GroundedOffer = { code: "REGEN15", value: "15 %", conditions: "Ab 100 €", validUntil: "2026-12-14" };
const chunks = [{ kind: "product" as const, text: "Fjell Hardshell-Jacke, 329 €." }];

describe("campaignOfferOmissions", () => {
  it("notes code, value and end date (in the asset's date format) for feed copy and articles only", () => {
    expect(campaignOfferOmissions("merchant-feed", offer, "de").map((omission) => omission.item)).toEqual(["Discount code REGEN15", "Offer value 15 %", "End date 14.12.2026"]);
    expect(campaignOfferOmissions("article", offer, "en").map((omission) => omission.item)).toEqual(["Discount code REGEN15", "Offer value 15 %", "End date 14 December 2026"]);
    expect(campaignOfferOmissions("article", offer, "en")[0]?.reason).toMatch(/evergreen/);
    expect(campaignOfferOmissions("merchant-feed", offer, "en")[0]?.reason).toMatch(/Merchant Center promotion/);
    expect(campaignOfferOmissions("email", offer, "de")).toEqual([]);
    expect(campaignOfferOmissions("article", null, "de")).toEqual([]);
    expect(["email", "linkedin-post", "instagram-post", "x-post", "meta-ad"].every((kind) => statesCampaignOffer(kind as never))).toBe(true);
  });

  it("are added by the pipeline for any model, and the prompt tells a hosted model to leave the offer out", () => {
    const feed = pipelineOmissions({ modelOmissions: [], brief: briefFor("merchant-feed", "de", { offer }), chunks });
    expect(feed.map((omission) => omission.item)).toContain("Discount code REGEN15");
    const article = pipelineOmissions({ modelOmissions: [], brief: briefFor("article", "en", { offer }), chunks });
    expect(article.map((omission) => omission.item)).toContain("End date 14 December 2026");
    expect(pipelineOmissions({ modelOmissions: [], brief: briefFor("x-post", "en", { offer }), chunks })).toEqual([]);

    expect(buildInstructions(briefFor("article", "en", { offer }))).toMatch(/Do not state the campaign's offer/);
    expect(buildInstructions(briefFor("email", "en", { offer }))).toMatch(/state its code exactly as written/);
  });
});
