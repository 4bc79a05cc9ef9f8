import { describe, expect, it } from "vitest";
import {
  DISTRACTOR_ID_PREFIX,
  MAX_SENTENCES,
  MIN_SENTENCES,
  createRandom,
  distractorSource,
  generateDistractors,
  shuffled,
  splitSentences,
} from "./distractors";

const corpus = [
  {
    title: "Microstructural development of human newborn cerebral white matter",
    text: "Alterations of the architecture of cerebral white matter can affect development. The mean coefficient at 28 wk was 1.8 microm2/ms, and decreased. Smith et al. reported similar values in 2001. Preterm infants showed higher values (p = 0.016).",
  },
  {
    title: "Induction of myelodysplasia by myeloid-derived suppressor cells",
    text: "Myelodysplastic syndromes are age-dependent stem cell malignancies. We found that MDSC expansion drives the disease! Is the S100A9 pathway required? Blocking it, e.g. with antibodies, restored haematopoiesis.",
  },
  {
    title: "Vitamin D supplementation and fracture risk",
    text: "Vitamin D is widely prescribed to older adults. We pooled eleven randomised trials. Supplementation did not lower the risk of hip fracture. Higher doses showed no benefit either.",
  },
];

describe("splitSentences", () => {
  it("splits on sentence ends but not on decimals, initials or abbreviations", () => {
    expect(splitSentences(corpus[0]!.text)).toEqual([
      "Alterations of the architecture of cerebral white matter can affect development.",
      "The mean coefficient at 28 wk was 1.8 microm2/ms, and decreased.",
      "Smith et al. reported similar values in 2001.",
      "Preterm infants showed higher values (p = 0.016).",
    ]);
    expect(splitSentences(corpus[1]!.text)).toEqual([
      "Myelodysplastic syndromes are age-dependent stem cell malignancies.",
      "We found that MDSC expansion drives the disease!",
      "Is the S100A9 pathway required?",
      "Blocking it, e.g. with antibodies, restored haematopoiesis.",
    ]);
  });

  it("keeps a closing bracket with its sentence and splits before a digit or quote", () => {
    expect(splitSentences('It rose (by 12 %.) 40 patients improved. "Remarkable," they wrote. J. Smith agreed with Fig. 2 here.')).toEqual([
      "It rose (by 12 %.)",
      "40 patients improved.",
      '"Remarkable," they wrote.',
      "J. Smith agreed with Fig. 2 here.",
    ]);
  });

  it("drops fragments and copes with empty text", () => {
    expect(splitSentences("Results. The effect was large and lasting.")).toEqual(["The effect was large and lasting."]);
    expect(splitSentences("")).toEqual([]);
  });
});

describe("createRandom and shuffled", () => {
  it("are deterministic for a seed and differ between seeds", () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, createRandom(8))).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it("shuffles a copy into a permutation", () => {
    const items = ["a", "b", "c", "d", "e", "f", "g", "h"];
    const result = shuffled(items, createRandom(3));
    expect(result).not.toBe(items);
    expect([...result].sort()).toEqual(items);
    expect(result).not.toEqual(items);
    expect(items).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
  });
});

describe("generateDistractors", () => {
  const source = distractorSource(corpus);

  it("is stable for a seed (the same documents on every run) and changes with the seed", () => {
    const first = [...generateDistractors(source, { count: 20, seed: 18 })];
    expect([...generateDistractors(source, { count: 20, seed: 18 })]).toEqual(first);
    expect([...generateDistractors(source, { count: 20, seed: 19 })]).not.toEqual(first);
    // A longer run starts with the same documents: a 100 k run contains the 2 k run's distractors.
    expect([...generateDistractors(source, { count: 50, seed: 18 })].slice(0, 20)).toEqual(first);
  });

  it("pins the first document, so a change to the generator shows up here", () => {
    const [first] = generateDistractors(source, { count: 1, seed: 18 });
    expect(first).toMatchInlineSnapshot(`
      {
        "id": "distractor-1",
        "text": "The mean coefficient at 28 wk was 1.8 microm2/ms, and decreased. Is the S100A9 pathway required? Myelodysplastic syndromes are age-dependent stem cell malignancies. Smith et al. reported similar values in 2001. We found that MDSC expansion drives the disease! Blocking it, e.g. with antibodies, restored haematopoiesis. Higher doses showed no benefit either.",
        "title": "cells myelodysplasia of suppressor Induction by myeloid-derived",
      }
    `);
  });

  it("titles are shuffled corpus titles and bodies 6–10 corpus sentences", () => {
    const titleWords = corpus.map((d) => d.title.split(" ").sort().join(" "));
    const sentences = new Set(source.sentences);
    const counts = new Set<number>();
    for (const distractor of generateDistractors(source, { count: 300, seed: 1 })) {
      expect(titleWords).toContain(distractor.title.split(" ").sort().join(" "));
      const body = splitSentences(distractor.text);
      expect(body.length).toBeGreaterThanOrEqual(MIN_SENTENCES);
      expect(body.length).toBeLessThanOrEqual(MAX_SENTENCES);
      for (const sentence of body) expect(sentences.has(sentence)).toBe(true);
      expect(new Set(body).size).toBe(body.length);
      counts.add(body.length);
    }
    // Every length in 6–10 occurs, not just one of them.
    expect([...counts].sort((a, b) => a - b)).toEqual([6, 7, 8, 9, 10]);
  });

  it("gives unique ids no labelled document can have", () => {
    const ids = [...generateDistractors(source, { count: 1000, seed: 2 })].map((d) => d.id);
    expect(new Set(ids).size).toBe(1000);
    expect(ids[0]).toBe(`${DISTRACTOR_ID_PREFIX}0001`);
    expect(ids.every((id) => id.startsWith(DISTRACTOR_ID_PREFIX))).toBe(true);
  });

  it("refuses a corpus with nothing to sample", () => {
    expect(() => distractorSource([{ title: " ", text: corpus.map((d) => d.text).join(" ") }])).toThrow(/0 titles and 12 sentences/);
    expect(() => distractorSource(corpus.slice(0, 2))).toThrow(/at least 10 sentences; this corpus has 2 titles and 8 sentences/);
  });
});
