import { describe, expect, it } from "vitest";
import { splitSentencesKeepingDates } from "./date-sentences";

describe("splitSentencesKeepingDates", () => {
  it("keeps a German date with an ordinal day in its sentence", () => {
    expect(splitSentencesKeepingDates("Vom 1. bis zum 30. November 2026 gibt es 20 % Rabatt. Der Code gilt im Shop.", "de")).toEqual([
      "Vom 1. bis zum 30. November 2026 gibt es 20 % Rabatt.",
      "Der Code gilt im Shop.",
    ]);
  });

  it("still splits English sentences and German sentences that end in a number", () => {
    expect(splitSentencesKeepingDates("The offer runs until 30 November 2026. Ask in the workshop.", "en")).toEqual(["The offer runs until 30 November 2026.", "Ask in the workshop."]);
    expect(splitSentencesKeepingDates("Das Modell hat die Nummer 7. Es wiegt wenig.", "de")).toHaveLength(2);
  });
});
