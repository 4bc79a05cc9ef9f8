import { describe, expect, it } from "vitest";
import { LINKEDIN_LIMITS } from "@/lib/assets/validate/linkedin-ad";
import { visibleLength } from "@/lib/assets/validate/visible-length";
import { writeLinkedInAd } from "./linkedin-ad-writer";
import { briefFor, inputFor, sourcesFor } from "@/lib/testing/assets/writer-fixtures";

describe("writeLinkedInAd", () => {
  it("writes the best sentences before LinkedIn's cut and the product by the brand with its price", () => {
    const ad = writeLinkedInAd(inputFor(briefFor("linkedin-ad", "en"), sourcesFor("en")));
    expect(ad.intro.text).toBe("The Fjell is a weatherproof three-layer hardshell for alpine tours in wind and rain. At 420 g it packs small into any daypack. While stocks last.");
    expect(ad.headline.text).toBe("Fjell 3L Hardshell Jacket by Nordlicht from €349");
    expect(ad.intro.citations).toEqual(["chk_product_en"]);
    expect(visibleLength(ad.intro.text)).toBeLessThanOrEqual(LINKEDIN_LIMITS.intro.softMax);
    expect(visibleLength(ad.headline.text)).toBeLessThanOrEqual(LINKEDIN_LIMITS.headline.softMax);
  });

  it("normalises UTM values a hand-written brief left unnormalised, and keeps URL-safe ones as the convention wrote them", () => {
    const brief = briefFor("linkedin-ad", "en", { utm: { source: "linkedin", medium: "Paid Social", campaign: "Frühling 2026", content: "", term: null } });
    expect(writeLinkedInAd(inputFor(brief, sourcesFor("en"))).utm).toEqual({ source: "linkedin", medium: "paid_social", campaign: "fruehling_2026", content: null, term: null });
    // A convention that keeps capitals ("SPW_Pendeln") gets its values through unchanged.
    const cased = briefFor("linkedin-ad", "en", { utm: { source: "linkedin", medium: "paid_social", campaign: "SPW_Pendeln_spring2027", content: null, term: null } });
    expect(writeLinkedInAd(inputFor(cased, sourcesFor("en"))).utm.campaign).toBe("SPW_Pendeln_spring2027");
  });
});
