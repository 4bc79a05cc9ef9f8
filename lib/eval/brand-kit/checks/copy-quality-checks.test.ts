import { describe, expect, it } from "vitest";
import { passingMetaAd, withMetaText } from "@/lib/testing/brand-kit-fixtures";
import { languageCheck, listLabelsCheck, metaTextCheck } from "./copy-quality-checks";
import { detectLanguage } from "./language";

describe("meta-text", () => {
  it("flags a guide sentence used as copy, also with different punctuation and case", () => {
    const problems = metaTextCheck.run(withMetaText(passingMetaAd(), "primaryText", "kurze sätze mit jeweils einem gedanken! Das Frontlicht blendet nicht."));
    expect(problems).toEqual([expect.stringContaining("kurze sätze mit jeweils einem gedanken")]);
  });

  it("flags a numbered guide heading and a campaign instruction", () => {
    expect(metaTextCheck.run(withMetaText(passingMetaAd(), "headline", "4. Bevorzugte Begriffe"))).toHaveLength(1);
    expect(metaTextCheck.run(withMetaText(passingMetaAd(), "headline", "Keine neuen Behauptungen für diese Kampagne"))).toHaveLength(1);
  });

  it("flags a line of the internal note", () => {
    const context = withMetaText(passingMetaAd(), "primaryText", "Der Lieferant der Ausdauer-Akkus liefert erst wieder im Januar.");
    expect(metaTextCheck.run(context)).toHaveLength(1);
  });

  it("does not count the disclaimers the guide quotes as meta-text", () => {
    expect(metaTextCheck.run(passingMetaAd())).toEqual([]);
  });
});

describe("list labels", () => {
  it("flags feed labels and language markers as copy", () => {
    expect(listLabelsCheck.run(withMetaText(passingMetaAd(), "headline", "Farbe: Schwarz"))).toHaveLength(1);
    expect(listLabelsCheck.run(withMetaText(passingMetaAd(), "primaryText", "Gutes Licht. weight_g: 95. EN: Light"))).toHaveLength(2);
  });

  it("lets a phrase before a colon and times pass", () => {
    expect(listLabelsCheck.run(withMetaText(passingMetaAd(), "primaryText", "Herbst-Lichtaktion im Laden: ab 10:00 Uhr geöffnet."))).toEqual([]);
  });
});

describe("language", () => {
  it("detects German and English and leaves short name-only texts undecided", () => {
    expect(detectLanguage("Das Frontlicht wird an den Akku angeschlossen und blendet nicht.")).toBe("de");
    expect(detectLanguage("The front light runs off the battery and does not dazzle.")).toBe("en");
    expect(detectLanguage("Leuchtfeuer 70")).toBeNull();
  });

  it("flags an English field in a German asset", () => {
    const problems = languageCheck.run(withMetaText(passingMetaAd(), "primaryText", "The front light runs off the battery and is ready for your commute."));
    expect(problems).toEqual([expect.stringContaining("reads as en")]);
  });

  it("flags an asset labelled with another language", () => {
    const context = passingMetaAd();
    const english = { ...context, output: { ...context.output, content: { ...context.output.content, language: "en" as const } } };
    expect(languageCheck.run(english)).toEqual([expect.stringContaining("asked for de")]);
  });
});
