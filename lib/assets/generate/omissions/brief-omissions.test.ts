import { describe, expect, it } from "vitest";
import { EMPTY_BRAND_RULES } from "@/lib/assets/schemas/brand-rules";
import { asksForSpreadTerm, bannedAskOmissions } from "./brief-omissions";

const brief = (goal: string, terms: string[]) => ({ goal, topic: "", keywords: [], brandRules: { ...EMPTY_BRAND_RULES, bannedTerms: terms.map((term) => ({ term, reason: "Unproven superlative." })) } });

describe("banned claims the brief asks for", () => {
  it.each([
    ["Call it the best front light on the market", "best on the market"],
    ["Nennen Sie es das beste Licht auf dem Markt", "das beste auf dem Markt"],
  ])("notes a banned claim asked for with a word or two inserted: %s", (goal, term) => {
    expect(bannedAskOmissions(brief(goal, [term]))).toEqual([{ item: `"${term}"`, reason: expect.stringContaining("ban") }]);
  });

  it("does not stretch short terms or match words far apart", () => {
    expect(asksForSpreadTerm("a cheap and light jacket", "cheap jacket")).toBe(false);
    expect(asksForSpreadTerm("the best light for riders who commute on the market square", "best on the market")).toBe(false);
    expect(asksForSpreadTerm("best. On the market since 1998", "best on the market")).toBe(false);
  });
});
