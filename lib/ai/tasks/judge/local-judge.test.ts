import { describe, expect, it } from "vitest";
import { judgeLocally } from "./local-judge";
import { JudgeInputSchema, type JudgeInputOptions } from "./schema";
import { countSyllables, readingEase } from "./heuristics/reading-ease";
import { editDistance } from "./heuristics/banned-proximity";

const judge = (options: Partial<JudgeInputOptions> & { texts: string[] }) => {
  const { texts, ...rest } = options;
  const input = JudgeInputSchema.parse({ language: "en", fields: texts.map((text, i) => ({ path: `f${i}`, label: `Field ${i + 1}`, text })), ...rest });
  return Object.fromEntries(judgeLocally(input).checks.map((check) => [check.id, check]));
};

describe("local heuristic judge", () => {
  it("formality: German copy mixing Sie and du fails, consistent copy passes, English has no such rule", () => {
    const mixed = judge({ language: "de", texts: ["Bestellen Sie heute.", "Dann hast du morgen deine Jacke."] });
    expect(mixed.formality).toMatchObject({ passed: false });
    expect(mixed.formality!.reason).toMatch(/mixes formal .*"Sie".* informal .*"du"/);
    expect(judge({ language: "de", texts: ["Wir liefern Ihnen die Jacke, wann Sie wollen."] }).formality).toMatchObject({ passed: true });
    expect(judge({ language: "en", texts: ["Order today, you will love it."] }).formality).toBeUndefined();
  });

  it("formality: the rules' address form decides, a sentence-initial 'Sie' (she/they) is not counted", () => {
    expect(judge({ language: "de", formality: "sie", texts: ["Hol dir die Jacke."] }).formality).toMatchObject({ passed: false, reason: expect.stringMatching(/"Sie".*"dir"/) });
    expect(judge({ language: "de", formality: "du", texts: ["Sie näht seit 1990. Du bekommst ihre Jacke."] }).formality).toMatchObject({ passed: true });
  });

  it("exclamation marks: one is allowed by default, none when the rules forbid them", () => {
    expect(judge({ texts: ["Great jacket!"] }).exclamation).toMatchObject({ passed: true });
    expect(judge({ texts: ["Great jacket!", "Buy now!"] }).exclamation).toMatchObject({ passed: false, reason: expect.stringMatching(/2 exclamation marks .*Field 1, Field 2/) });
    expect(judge({ maxExclamationMarks: 0, texts: ["Great jacket!"] }).exclamation).toMatchObject({ passed: false });
  });

  it("all caps: shouted words fail, abbreviations, codes and allowed brand words pass", () => {
    expect(judge({ texts: ["The BEST jacket with GPS and XT500"] }).all_caps).toMatchObject({ passed: false, reason: expect.stringContaining('"BEST"') });
    expect(judge({ texts: ["The NORDWAND jacket with GPS"], allowedCapsWords: ["Nordwand"] }).all_caps).toMatchObject({ passed: true });
  });

  it("sentence length: a sentence over 25 words fails and is named by its start", () => {
    const long = `This jacket ${"keeps you dry and warm ".repeat(6)}all day.`;
    expect(judge({ texts: [long] }).sentence_length).toMatchObject({ passed: false, reason: expect.stringMatching(/starts "This jacket keeps/) });
    expect(judge({ texts: ["Short and clear. Dry all day."] }).sentence_length).toMatchObject({ passed: true });
  });

  it("reading ease: Flesch for English, Amstad for German, only with enough text to measure", () => {
    expect(countSyllables("make", "en")).toBe(1);
    expect(countSyllables("Wetterschutz", "de")).toBe(3);
    expect(readingEase(["The cat sat on the mat. It was warm."], "en").score).toBeGreaterThan(90);
    const hard = "Multifunctional thermoregulating membranes guarantee extraordinarily comfortable microclimatic conditions. ".repeat(5);
    expect(judge({ texts: [hard] }).reading_ease).toMatchObject({ passed: false, reason: expect.stringMatching(/^Flesch reading ease -?\d+ is below 50/) });
    const easy = "Die Jacke hält dich warm. Sie ist leicht. Der Stoff ist dicht. Du bleibst trocken. Das Futter ist weich. Die Kapuze passt gut. ";
    expect(judge({ language: "de", texts: [easy.repeat(2)] }).reading_ease).toMatchObject({ passed: true, reason: expect.stringMatching(/^Amstad/) });
    expect(judge({ texts: ["Too short to measure."] }).reading_ease).toBeUndefined();
  });

  it("banned-phrase proximity: compounds, spelling variants and typos of banned terms fail; exact uses are left to the brand rule", () => {
    const near = judge({ bannedTerms: ["world-class", "guaranteed", "billig"], texts: ["A world class jacket, garanteed dry.", "Keine Billigjacke."] }).banned_proximity!;
    expect(near.passed).toBe(false);
    expect(near.reason).toContain('"world class" (near "world-class"');
    expect(near.reason).toContain('"garanteed" (near "guaranteed"');
    expect(near.reason).toContain('"Billigjacke" (near "billig"');
    expect(judge({ bannedTerms: ["guaranteed", "beste"], texts: ["Guaranteed dry. Jetzt bestellen, feste Nähte."] }).banned_proximity).toMatchObject({ passed: true });
    expect(judge({ texts: ["No banned terms configured."] }).banned_proximity).toBeUndefined();
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("is deterministic", () => {
    const input = { texts: ["Great jacket!", "Buy NOW!"], bannedTerms: ["cheap"] };
    expect(judge(input)).toEqual(judge(input));
  });
});
