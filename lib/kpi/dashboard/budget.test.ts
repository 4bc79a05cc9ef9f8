import { describe, expect, it } from "vitest";
import type { AdVariant } from "@/lib/kpi/queries/ad-groups";
import { suggestBudgets } from "./budget";

const variant = (adGroup: string, adId: string, clicks: number, conversions: number, costMinor: number, currency = "EUR", platform = "google-ads"): AdVariant => ({
  platform,
  adGroup,
  adId,
  assetId: null,
  assetTitle: null,
  totals: { impressions: 10_000, clicks, conversions, costMinor, revenueMinor: 0, currency },
});

describe("suggestBudgets", () => {
  it("splits this period's spend of each ad group by Thompson shares, the same way every time", () => {
    const variants = [variant("A", "1", 400, 40, 30_000), variant("A", "2", 400, 12, 10_000)];
    const first = suggestBudgets(variants, { metric: "cvr", seedPrefix: "ws|view", draws: 2_000 });
    expect(suggestBudgets(variants, { metric: "cvr", seedPrefix: "ws|view", draws: 2_000 })).toEqual(first);
    const [group] = first;
    if (!group?.ok) throw new Error("expected a suggestion");
    expect(group.budgetMinor).toBe(40_000);
    expect(group.variants.map((v) => v.currentShare)).toEqual([0.75, 0.25]);
    expect(group.variants[0]!.suggestedShare).toBeGreaterThan(0.99);
    expect(group.variants[0]!.suggestedMinor + group.variants[1]!.suggestedMinor).toBeCloseTo(40_000, -1);
    expect(group.assumptions[0]).toMatch(/equals its spend in this range/);
    expect(group.assumptions.some((a) => a.includes("Beta-Binomial"))).toBe(true);
  });

  it("keeps ad groups of the same name on different ad platforms apart", () => {
    const suggestions = suggestBudgets([variant("A", "1", 10, 1, 100), variant("A", "2", 10, 1, 100, "EUR", "meta-ads")], { metric: "ctr", seedPrefix: "s", draws: 100 });
    expect(suggestions.map((s) => [s.platform, s.adGroup, s.ok])).toEqual([
      ["google-ads", "A", false],
      ["meta-ads", "A", false],
    ]);
  });

  it("explains instead of suggesting: one ad, two currencies, or more conversions than clicks", () => {
    const suggestions = suggestBudgets(
      [variant("solo", "1", 10, 1, 100), variant("mixed", "2", 10, 1, 100, "EUR"), variant("mixed", "3", 10, 1, 100, "CHF"), variant("multi", "4", 10, 30, 100), variant("multi", "5", 10, 1, 100)],
      { metric: "cvr", seedPrefix: "s", draws: 100 },
    );
    expect(suggestions.map((s) => [s.adGroup, s.ok ? "ok" : s.reason])).toEqual([
      ["solo", "Only one ad ran in this ad group: there is nothing to split."],
      ["mixed", "Its ads spent in EUR and CHF; a budget cannot be split across currencies."],
      ["multi", expect.stringMatching(/more conversions \(30\) than clicks \(10\).*Try the CTR model\.$/)],
    ]);
  });
});
