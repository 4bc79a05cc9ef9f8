import { describe, expect, it } from "vitest";
import { bm25Score } from "@/lib/ai/local-models/bm25";
import { expandQuery, relevanceModelOf, weightedBm25, type TermVector } from "./relevance-feedback";

// Term ids stand for words; a vector lists each term once with its frequency.
const vector = (counts: Record<number, number>): TermVector => {
  const ids = Object.keys(counts).map(Number).sort((a, b) => a - b);
  return { termIds: ids, termFrequencies: ids.map((id) => counts[id]!), length: ids.reduce((sum, id) => sum + counts[id]!, 0) };
};

describe("relevance model (RM1)", () => {
  it("weights terms by their share of each feedback document and by the document's score", () => {
    const model = relevanceModelOf(
      [
        { vector: vector({ 1: 2, 2: 2 }), score: 3 },
        { vector: vector({ 2: 1, 3: 3 }), score: 1 },
      ],
      10,
    );
    // P(1) = 3/4 × 2/4; P(2) = 3/4 × 2/4 + 1/4 × 1/4; P(3) = 1/4 × 3/4 — already summing to 1.
    expect(model.get(1)).toBeCloseTo(0.375);
    expect(model.get(2)).toBeCloseTo(0.4375);
    expect(model.get(3)).toBeCloseTo(0.1875);
  });

  it("keeps the most likely terms only, renormalised, ties broken by id", () => {
    const model = relevanceModelOf([{ vector: vector({ 5: 4, 7: 1, 6: 1 }), score: 1 }], 2);
    expect([...model.keys()]).toEqual([5, 6]);
    expect(model.get(5)).toBeCloseTo(0.8);
    expect(model.get(6)).toBeCloseTo(0.2);
  });

  it("treats documents equally when no score is positive, and ignores empty ones", () => {
    const model = relevanceModelOf(
      [
        { vector: vector({ 1: 1 }), score: 0 },
        { vector: vector({ 2: 1 }), score: 0 },
        { vector: { termIds: [], termFrequencies: [], length: 0 }, score: 0 },
      ],
      10,
    );
    expect(model.get(1)).toBeCloseTo(0.5);
    expect(model.get(2)).toBeCloseTo(0.5);
  });
});

describe("query expansion (RM3)", () => {
  it("mixes the query's own terms with the feedback terms at the given weight", () => {
    const expanded = expandQuery([1, 2], [{ vector: vector({ 2: 1, 9: 1 }), score: 1 }], { documents: 10, terms: 10, originalQueryWeight: 0.5 });
    expect(expanded.get(1)).toBeCloseTo(0.25);
    expect(expanded.get(2)).toBeCloseTo(0.25 + 0.25);
    expect(expanded.get(9)).toBeCloseTo(0.25);
    expect([...expanded.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it("reads only the given number of feedback documents", () => {
    const feedback = [
      { vector: vector({ 3: 1 }), score: 2 },
      { vector: vector({ 4: 1 }), score: 1 },
    ];
    const expanded = expandQuery([1], feedback, { documents: 1, terms: 10, originalQueryWeight: 0.5 });
    expect(expanded.has(3)).toBe(true);
    expect(expanded.has(4)).toBe(false);
  });

  it("is the plain query when there is no feedback", () => {
    expect(expandQuery([1, 2, 2], [])).toEqual(
      new Map([
        [1, 0.5],
        [2, 0.5],
      ]),
    );
  });
});

describe("weighted BM25", () => {
  it("equals plain BM25 (scaled) when every query term weighs the same", () => {
    // The same chunk as words: a=1, b=2, c=3.
    const words = ["a", "b", "b", "c", "c", "c"];
    const others = [["a", "d"], ["d", "e", "e"], ["b", "c"]];
    const df = { a: 2, b: 2, c: 2, d: 2, e: 1 };
    const ids: Record<string, number> = { a: 1, b: 2, c: 3, d: 4, e: 5 };
    const averageLength = [words, ...others].reduce((sum, d) => sum + d.length, 0) / 4;
    const plain = bm25Score(["a", "b"], words, { documentCount: 4, averageLength, documentFrequencies: df });
    const weighted = weightedBm25(
      new Map([
        [1, 0.5],
        [2, 0.5],
      ]),
      vector({ 1: 1, 2: 2, 3: 3 }),
      { chunkCount: 4, averageLength, documentFrequency: new Map(Object.entries(df).map(([term, n]) => [ids[term]!, n])) },
    );
    expect(weighted).toBeCloseTo(plain / 2);
  });

  it("scores an expansion term the query did not contain, and ignores terms without statistics", () => {
    const corpus = { chunkCount: 10, averageLength: 3, documentFrequency: new Map([[7, 1]]) };
    expect(weightedBm25(new Map([[7, 1]]), vector({ 7: 1 }), corpus)).toBeGreaterThan(0);
    expect(weightedBm25(new Map([[8, 1]]), vector({ 8: 1 }), corpus)).toBe(0);
  });
});
