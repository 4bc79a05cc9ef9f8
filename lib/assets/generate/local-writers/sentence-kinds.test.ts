import { describe, expect, it } from "vitest";
import { classifySentence, isQuotable } from "./sentence-kinds";

describe("classifySentence", () => {
  it.each([
    // The examples.
    ["Produktnamen bleiben so.", "instruction"],
    ["Stattdessen den Wert nennen.", "instruction"],
    ["No new claims for this campaign.", "rule"],
    ["colour: Fjord blue", "list-label"],
    ["colour: Slate grey.", "list-label"],
    ["EN: Autumn weather changes fast in the fjords.", "language-marker"],
    ["DE: Das Herbstwetter wechselt schnell.", "language-marker"],
    ["3. Bevorzugte Begriffe", "heading"],
    ["2) Tone of voice", "heading"],
    // Instructions to writers, English and German.
    ["Never call the jacket cheap.", "instruction"],
    ["Always write prices with two decimals.", "instruction"],
    ["Use the term backpack instead of rucksack.", "instruction"],
    ["Avoid superlatives in headlines.", "instruction"],
    ["Instead, state the measured value.", "instruction"],
    ["Verwenden Sie den Begriff Rucksack.", "instruction"],
    ["Bitte nennen Sie immer den Preis.", "instruction"],
    ["Superlative vermeiden.", "instruction"],
    ["Note: the code is only for newsletter subscribers.", "instruction"],
    // Sentences about the brand's own rules.
    ["We write backpack, not rucksack.", "rule"],
    ["Banned words include cheap and unbeatable.", "rule"],
    ["Our tone is calm and precise.", "rule"],
    ["Wir schreiben Rucksack, nicht Backpack.", "rule"],
    ["Der Begriff wasserdicht ist verboten.", "rule"],
    ["Die Tonalität ist ruhig und sachlich.", "rule"],
    ["Jeder Preis braucht einen Pflichthinweis.", "rule"],
    ["Banned words:", "heading"],
    // Notes to the team: organisation, not copy.
    ["The agency holds the budget, questions go to Jana.", "team-note"],
    ["Questions to Max in marketing.", "team-note"],
    ["Das Budget liegt bei der Agentur, Rückfragen an Jana.", "team-note"],
    ["Freigabe durch die Geschäftsführung bis Freitag.", "team-note"],
    ["Ansprechpartnerin ist Frau Lehmann.", "team-note"],
  ] as const)("%s → %s", (text, kind) => {
    expect(classifySentence(text)).toBe(kind);
  });

  it.each([
    // Copy, including instructions addressed to customers.
    ["The Fjell keeps you dry on long ridge walks.", "statement"],
    ["Close all zips before washing.", "statement"],
    ["Use a soft brush to remove dried mud.", "statement"],
    ["Weichspüler nicht verwenden.", "statement"],
    ["Waschen Sie die Jacke bei 30 Grad.", "statement"],
    ["Die Jacke lässt sich klein verstauen.", "statement"],
    ["Repairs take about ten working days.", "statement"],
    ["Warranty claims are answered within five days.", "statement"],
    ["Our terms and conditions apply to every order.", "statement"],
    ["The two-tone hood stays visible in fog.", "statement"],
    ["Its long-term durability comes from recycled nylon.", "statement"],
    ["Wir reparieren, was wir verkaufen.", "statement"],
    ["How long does a repair take?", "question"],
    ["Wie lange dauert eine Reparatur?", "question"],
    ["Unser Versprechen: Wir reparieren jede Jacke, die wir verkauft haben.", "statement"],
    // Budget and agency words in copy stay copy.
    ["A light for every budget.", "statement"],
    ["Ein Licht für jedes Budget.", "statement"],
    ["Our workshop answers questions about every repair.", "statement"],
  ] as const)("%s stays copy (%s)", (text, kind) => {
    expect(classifySentence(text)).toBe(kind);
    expect(isQuotable(text)).toBe(true);
  });
});
