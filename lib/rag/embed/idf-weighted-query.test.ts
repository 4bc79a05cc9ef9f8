import { describe, expect, it } from "vitest";
import { idfWeightedQueryEmbedding } from "./idf-weighted-query";
import { embedText, LOCAL_EMBEDDING_DIMENSIONS } from "./local-embedder";

const dot = (a: number[], b: number[]) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);
const weightsOf = (table: Record<string, number>, unknownIdf = 9) => ({ idf: (stem: string) => table[stem], unknownIdf });

describe("idfWeightedQueryEmbedding", () => {
  it("is deterministic and unit length", () => {
    const weights = weightsOf({ autophagi: 6, cell: 0.5 });
    const first = idfWeightedQueryEmbedding("autophagy in cells", ["en"], weights)!;
    expect(first).toHaveLength(LOCAL_EMBEDDING_DIMENSIONS);
    expect(Math.sqrt(dot(first, first))).toBeCloseTo(1, 10);
    expect(idfWeightedQueryEmbedding("autophagy in cells", ["en"], weights)).toEqual(first);
  });

  it("leans towards the rare word: closer to 'autophagy' than to 'cells'", () => {
    const weighted = idfWeightedQueryEmbedding("autophagy in cells", ["en"], weightsOf({ autophagi: 6, cell: 0.5 }))!;
    expect(dot(weighted, embedText("autophagy"))).toBeGreaterThan(0.9);
    expect(dot(weighted, embedText("autophagy"))).toBeGreaterThan(dot(weighted, embedText("cells")) + 0.5);
    // Reversed weights reverse the lean: the IDF is what decides.
    const reversed = idfWeightedQueryEmbedding("autophagy in cells", ["en"], weightsOf({ autophagi: 0.5, cell: 6 }))!;
    expect(dot(reversed, embedText("cells"))).toBeGreaterThan(dot(reversed, embedText("autophagy")) + 0.5);
  });

  it("equals the plain sum of the words' vectors when every word has the same IDF", () => {
    const weighted = idfWeightedQueryEmbedding("autophagy cells", ["en"], weightsOf({ autophagi: 2, cell: 2 }))!;
    const sum = embedText("autophagy").map((value, i) => value + embedText("cells")[i]!);
    const length = Math.sqrt(dot(sum, sum));
    weighted.forEach((value, i) => expect(value).toBeCloseTo(sum[i]! / length, 12));
  });

  it("gives a word no chunk holds the unknown weight, and a two-language word its better-known stem", () => {
    // "zebrafish" is unknown (weight 9) against "cells" at 1: the query leans to it.
    const unknown = idfWeightedQueryEmbedding("zebrafish cells", ["en"], weightsOf({ cell: 1 }))!;
    expect(dot(unknown, embedText("zebrafish"))).toBeGreaterThan(dot(unknown, embedText("cells")));
    // Stemmed both ways, "hiking" is known only by its English stem "hike" (IDF 5), so it outweighs "boots" (IDF 1).
    const bilingual = idfWeightedQueryEmbedding("hiking boots", ["en", "de"], weightsOf({ hike: 5, boot: 1 }, 0.1))!;
    expect(dot(bilingual, embedText("hiking"))).toBeGreaterThan(dot(bilingual, embedText("boots")));
  });

  it("is null for a query without content words", () => {
    expect(idfWeightedQueryEmbedding("the and of", ["en"], weightsOf({}))).toBeNull();
    expect(idfWeightedQueryEmbedding("", ["en", "de"], weightsOf({}))).toBeNull();
  });
});
