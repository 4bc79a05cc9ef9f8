import { describe, expect, it } from "vitest";
import { queryLanguages } from "./query-language";

describe("queryLanguages", () => {
  it("takes English from English-only function words", () => {
    expect(queryLanguages("Rapamycin delays aging of fruit flies by the mTOR pathway.")).toEqual(["en"]);
  });

  it("takes German from German-only function words", () => {
    expect(queryLanguages("Ist der Wanderschuh wasserdicht?")).toEqual(["de"]);
    expect(queryLanguages("leichte Laufschuhe für Damen")).toEqual(["de"]);
  });

  it("keeps both languages for keywords without function words, where trigram detection guesses", () => {
    // franc calls this German; there is no function word to go on.
    expect(queryLanguages("brand voice guidelines")).toEqual(["en", "de"]);
    expect(queryLanguages("Wanderschuhe wasserdicht")).toEqual(["en", "de"]);
    expect(queryLanguages("")).toEqual(["en", "de"]);
  });

  it("does not count words that are function words in both languages, and keeps both on a tie", () => {
    // "in" is a stopword in both lists: no evidence either way.
    expect(queryLanguages("Gpr124 in mouse models")).toEqual(["en", "de"]);
    // One English-only ("the") against one German-only ("und").
    expect(queryLanguages("the Jacke und boots")).toEqual(["en", "de"]);
  });
});
