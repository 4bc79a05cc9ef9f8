import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/db/execute", () => ({ executeRows: vi.fn() }));
const { queryTerms } = await import("./lexical");

describe("query terms", () => {
  it("stems a sentence in its own language and drops its stopwords", () => {
    const terms = queryTerms("The hiking boots are waterproof");
    expect(terms).not.toContain("the");
    expect(terms).toContain("boot");
    expect(terms).toContain("hike");
    // The German stem of "hiking" would only add noise to an English sentence.
    expect(terms).not.toContain("hiking");
    expect(terms.some((t) => t.startsWith("waterproof"))).toBe(true);
    const german = queryTerms("Sind die Wanderschuhe wasserdicht?");
    expect(german).not.toContain("die");
    expect(german.some((t) => t.startsWith("wanderschuh"))).toBe(true);
  });

  it("stems keywords of an unknown language both ways and drops stopwords of either", () => {
    expect(queryTerms("hiking boots")).toEqual(expect.arrayContaining(["hike", "hiking", "boot"]));
    // One English-only and one German-only function word: the language stays open.
    const tie = queryTerms("the hiking boots und");
    expect(tie).toEqual(expect.arrayContaining(["hike", "hiking", "boot"]));
    expect(tie).not.toContain("the");
    expect(tie).not.toContain("und");
  });
});
