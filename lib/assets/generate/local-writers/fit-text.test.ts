import { describe, expect, it } from "vitest";
import { fitWords, packTexts, tidyCutEnd } from "./fit-text";

describe("fitWords", () => {
  it("keeps text that fits, collapsing spaces but not the non-breaking space of a price", () => {
    expect(fitWords("  Fjell   ab 349\u00a0€ ", 30, "de")).toBe("Fjell ab 349\u00a0€");
  });

  it("cuts at a word boundary and never inside a word", () => {
    expect(fitWords("Taped seams keep the weather out", 20, "en")).toBe("Taped seams keep");
    expect(fitWords("Expeditions-Hardshelljacke", 10, "de")).toBe("");
  });

  it("drops a dangling preposition, article or conjunction and trailing joiners", () => {
    expect(fitWords("At 420 g it packs small into any daypack", 30, "en")).toBe("At 420 g it packs small");
    expect(fitWords("Wasserdicht, leicht und für jede Tour gemacht", 25, "de")).toBe("Wasserdicht, leicht");
    expect(tidyCutEnd("Nylon (recycled", "en")).toBe("Nylon");
  });

  it("counts umlauts and combining marks as one character each", () => {
    const decomposed = "Gru\u0308ne Ja\u0308cke fu\u0308r Ku\u0308hle Tage";
    expect(fitWords(decomposed, 11, "de")).toBe("Gru\u0308ne Ja\u0308cke");
    expect(fitWords("Grüne Jäcke für kühle Tage", 15, "de")).toBe("Grüne Jäcke");
  });

  it("never keeps a price apart from its currency", () => {
    expect(fitWords("Jetzt ab 349\u00a0€ bestellen", 12, "de")).toBe("Jetzt");
  });
});

describe("packTexts", () => {
  it("keeps whole items in rank order and lets a shorter one take the place of one that does not fit", () => {
    const items = [{ text: "A first sentence." }, { text: "A sentence far too long for the room that is left." }, { text: "Short one." }];
    expect(packTexts(items, 30).map((item) => item.text)).toEqual(["A first sentence.", "Short one."]);
    expect(packTexts(items, 30, { limit: 1 }).map((item) => item.text)).toEqual(["A first sentence."]);
  });
});
