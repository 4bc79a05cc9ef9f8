import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/db/execute", () => ({ executeRows: vi.fn() }));
const { queryTerms } = await import("./lexical");

describe("query terms", () => {
  it("stems in both languages and drops stopwords of either", () => {
    const terms = queryTerms("The hiking boots are waterproof");
    expect(terms).not.toContain("the");
    expect(terms).toContain("boot");
    expect(terms.some((t) => t.startsWith("waterproof"))).toBe(true);
    const german = queryTerms("Sind die Wanderschuhe wasserdicht?");
    expect(german).not.toContain("die");
    expect(german.some((t) => t.startsWith("wanderschuh"))).toBe(true);
  });
});
