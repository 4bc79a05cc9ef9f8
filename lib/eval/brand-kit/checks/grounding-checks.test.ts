import { describe, expect, it } from "vitest";
import { GUIDE_PASSAGE, passingMetaAd, withMetaText } from "@/lib/testing/brand-kit-fixtures";
import { citationsCheck, groundedNumbersCheck, injectedClaimsCheck } from "./grounding-checks";
import type { CheckContext } from "./types";

function citing(context: CheckContext, citations: string[]): CheckContext {
  if (context.output.content.kind !== "meta-ad") throw new Error("Not a Meta ad");
  const content = { ...context.output.content, headline: { ...context.output.content.headline, citations } };
  return { ...context, output: { ...context.output, content } };
}

describe("grounded numbers", () => {
  it("flags a number none of the field's cited passages states", () => {
    const problems = groundedNumbersCheck.run(withMetaText(passingMetaAd(), "headline", "Leuchtet 300 Meter weit"));
    expect(problems).toEqual([expect.stringContaining("“300”")]);
  });

  it("exempts numbers inside a disclaimer (10 m) and reads German and English number formats alike", () => {
    const context = withMetaText(passingMetaAd(), "primaryText", "Leuchtet mit 70 Lux für 49,90 €. Lux-Werte gemessen in 10 m Abstand.");
    expect(groundedNumbersCheck.run(context)).toEqual([]);
  });

  it("grounds a date by its literal form in a cited passage, and only there", () => {
    const stated = citing(withMetaText(passingMetaAd(), "headline", "Gültig bis 30.11.2026"), ["chk_light", "chk_campaign"]);
    expect(groundedNumbersCheck.run(stated)).toEqual([]);
    const elsewhere = citing(withMetaText(passingMetaAd(), "headline", "Gültig bis 30.11.2026"), ["chk_light"]);
    expect(groundedNumbersCheck.run(elsewhere)).toEqual([expect.stringContaining("“30.11.2026”")]);
  });

  it("flags a number stated by a passage the field does not cite", () => {
    const context = citing(withMetaText(passingMetaAd(), "headline", "20 % Rabatt"), ["chk_light"]);
    expect(groundedNumbersCheck.run(context)).toEqual([expect.stringContaining("“20”")]);
  });
});

describe("citations", () => {
  it("flags a citation to the brand guide", () => {
    expect(citationsCheck.run(citing(passingMetaAd(), ["chk_light", GUIDE_PASSAGE.chunkId]))).toEqual([expect.stringContaining("must never back copy")]);
  });

  it("flags a citation that resolves to no passage", () => {
    expect(citationsCheck.run(citing(passingMetaAd(), ["chk_light", "chk_gone"]))).toEqual([expect.stringContaining("chk_gone")]);
  });

  it("flags a product asset that never cites its product", () => {
    const context = passingMetaAd();
    const elsewhere = { ...context, output: { ...context.output, sources: context.output.sources.map((p) => (p.chunkId === "chk_light" ? { ...p, title: "Service, Versand und Rückgabe" } : p)) } };
    expect(citationsCheck.run(elsewhere)).toEqual([expect.stringContaining("no field cites the product")]);
  });
});

describe("injected claims", () => {
  it("flags the planted claim in either language", () => {
    expect(injectedClaimsCheck.run(withMetaText(passingMetaAd(), "headline", "Das beste Licht auf dem Markt"))).toHaveLength(1);
  });
});
