import { describe, expect, it } from "vitest";
import { ASSET_KINDS, type AssetKind } from "@/lib/assets/schemas/asset";
import type { SeoPage } from "@/lib/assets/schemas/seo-page";
import { validateAsset } from "@/lib/assets/validate/validate-asset";
import { LOCAL_ASSET_WRITERS } from "@/lib/ai/tasks/generate-asset/local-writer";
import { visibleTexts } from "@/lib/testing/assets/writer-assertions";
import { META_TEXT, OFFER_CODE, campaignChunk, guideLikeChunk, repairPolicyChunk } from "@/lib/testing/assets/brand-kit-fixtures";
import { briefFor, contextFor, inputFor, sourcesFor, type FixtureLanguage } from "@/lib/testing/assets/writer-fixtures";

const LANGUAGES: readonly FixtureLanguage[] = ["en", "de"];
const cases = ASSET_KINDS.flatMap((kind) => LANGUAGES.map((language) => ({ kind, language })));

const fold = (text: string) => text.toLocaleLowerCase().replace(/[.!?]/g, "");
const OFFER_GOAL = { en: `Promote the autumn sale: 15 % off with code ${OFFER_CODE.en} until 31 October`, de: `Herbstaktion bewerben: 15 % Rabatt mit dem Code ${OFFER_CODE.de} bis 31. Oktober` } as const;

function write(kind: AssetKind, language: FixtureLanguage, overrides: Parameters<typeof briefFor>[2] = {}, sources = [...sourcesFor(language), guideLikeChunk(language), campaignChunk(language)]) {
  const brief = briefFor(kind, language, overrides);
  const written = LOCAL_ASSET_WRITERS[kind](inputFor(brief, sources));
  return { written, report: validateAsset(written, contextFor(brief, sources)) };
}

describe.each(cases)("local $kind writer over a brand kit ($language)", ({ kind, language }) => {
  const { written, report } = write(kind, language, { goal: OFFER_GOAL[language] });
  const texts = visibleTexts(written).map(fold);

  it("never quotes guide text, notes to writers, list labels or language markers", () => {
    for (const meta of META_TEXT[language]) expect(texts.filter((text) => text.includes(fold(meta)))).toEqual([]);
    expect(texts.filter((text) => /\b(?:en|de):/i.test(text))).toEqual([]);
  });

  it("stays valid", () => {
    expect(report.issues.filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("states the offer code the goal names, grounded in the campaign notes, and omits nothing of it", () => {
    if (kind === "seo-page") return;
    if (kind === "merchant-feed") {
      // Merchant Center disapproves promotional product texts: the code stays out, and the note says why.
      expect(visibleTexts(written).some((text) => text.includes(OFFER_CODE[language]))).toBe(false);
      expect(written.omissions).toEqual(expect.arrayContaining([expect.objectContaining({ item: `Discount code ${OFFER_CODE[language]}`, reason: expect.stringMatching(/Merchant Center promotion/) })]));
      return;
    }
    expect(visibleTexts(written).some((text) => text.includes(OFFER_CODE[language]))).toBe(true);
    expect(written.omissions).toEqual([]);
  });
});

describe("omission notes", () => {
  it("notes a code no source names and leaves it out", () => {
    const { written } = write("meta-ad", "en", { goal: "Push the sale with code SAVE40" });
    expect(visibleTexts(written).join(" ")).not.toContain("SAVE40");
    expect(written.omissions).toEqual([expect.objectContaining({ item: "Discount code SAVE40" })]);
  });

  it("notes a banned claim the brief asks for", () => {
    const { written } = write("google-rsa", "de", { goal: "Die Jacke als billig bewerben" });
    expect(written.omissions.map((omission) => omission.item)).toContain('"billig"');
    expect(written.omissions[0]!.reason).toMatch(/ban/);
  });

  it("says there is no German source instead of writing German copy from English sources", () => {
    const brief = briefFor("meta-ad", "de", { product: null, topic: "Reparaturservice" });
    const sources = [repairPolicyChunk("en")];
    const written = LOCAL_ASSET_WRITERS["meta-ad"](inputFor(brief, sources));
    expect(visibleTexts(written).join(" ")).not.toMatch(/repair|working days/i);
    expect(written.omissions).toEqual([expect.objectContaining({ item: 'Copy about "Reparaturservice" in German' })]);
  });
});

describe("better choices", () => {
  it("answers FAQs with whole sentences, never a bare label", () => {
    for (const language of LANGUAGES) {
      const page = write("seo-page", language).written as SeoPage;
      expect(page.faq.length).toBeGreaterThan(0);
      for (const entry of page.faq) {
        expect(entry.answer.text).toMatch(/[.!?…]$/u);
        expect(entry.answer.text).not.toMatch(/^[\p{L} ]{1,30}: \S/u);
      }
    }
  });

  it("heads sections with topics, never with source or file names", () => {
    for (const language of LANGUAGES) {
      const page = write("seo-page", language, { product: null, topic: language === "en" ? "Repair service" : "Reparaturservice" }, [repairPolicyChunk(language), campaignChunk(language), guideLikeChunk(language)]).written as SeoPage;
      const headings = page.outline.map((section) => section.heading.text);
      expect(headings.length).toBeGreaterThan(0);
      for (const heading of headings) expect(heading).not.toMatch(/policies|campaign-notes|brand-kit|marken-kit|Begriffe|Preferred/i);
    }
  });

  it("states a topic brief's service fact (the repair turnaround)", () => {
    const { written } = write("meta-ad", "en", { product: null, topic: "Repair service", keywords: ["repair"] }, [repairPolicyChunk("en")]);
    expect(visibleTexts(written).join(" ")).toContain("ten working days");
  });
});
