import { describe, expect, it } from "vitest";
import { nextDepths, unseenScoreBound } from "./impact-bound";

const terms = [
  { id: 1, idf: 2 },
  { id: 2, idf: 0.5 },
  { id: 3, idf: 4 },
];

describe("unseenScoreBound", () => {
  it("adds idf × lowest block maximum of every term that may have unread blocks", () => {
    // Term 1 gave all 4 blocks asked for (maybe more exist), term 2 only 2 of 4 (finished), term 3 all 4.
    const reads = [
      { termId: 1, blocks: 4, lowest: 5000 },
      { termId: 2, blocks: 2, lowest: 100 },
      { termId: 3, blocks: 4, lowest: 2500 },
    ];
    expect(unseenScoreBound(terms, [4, 4, 4], reads, 10_000)).toBeCloseTo(2 * 0.5 + 4 * 0.25);
  });

  it("is zero when every list was read to its end (exhaustive depth, short lists, absent terms)", () => {
    expect(unseenScoreBound(terms, [null, null, null], [{ termId: 1, blocks: 9, lowest: 10 }], 10_000)).toBe(0);
    expect(unseenScoreBound(terms, [4, 4, 4], [{ termId: 1, blocks: 3, lowest: 10 }], 10_000)).toBe(0);
  });
});

describe("nextDepths", () => {
  it("reads unfinished terms four times deeper, then to the end, and leaves finished ones alone", () => {
    const reads = [
      { termId: 1, blocks: 4, lowest: 5000 },
      { termId: 2, blocks: 1, lowest: 100 },
    ];
    expect(nextDepths(terms, [4, 4, 4], reads, false)).toEqual([16, 4, 4]);
    expect(nextDepths(terms, [16, 4, 4], [{ termId: 1, blocks: 16, lowest: 1 }], true)).toEqual([null, 4, 4]);
  });
});
