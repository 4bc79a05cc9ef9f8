import { describe, expect, it } from "vitest";
import { metricUplift, proportionCounts } from "./metric-uplift";

describe("metricUplift", () => {
  it("maps CTR to clicks of impressions and CVR to rounded conversions of clicks", () => {
    expect(proportionCounts("ctr", { impressions: 1_000, clicks: 40, conversions: 2.6 })).toEqual({ successes: 40, trials: 1_000 });
    expect(proportionCounts("cvr", { impressions: 1_000, clicks: 40, conversions: 2.6 })).toEqual({ successes: 3, trials: 40 });
  });

  it("runs the test on dashboard counts", () => {
    const ai = { impressions: 20_000, clicks: 540, conversions: 40.4 };
    const others = { impressions: 20_000, clicks: 450, conversions: 20 };
    expect(metricUplift("ctr", ai, others).verdict).toBe("significant uplift");
    const cvr = metricUplift("cvr", ai, others);
    expect(cvr.a.successes).toBe(40);
    expect(cvr.a.trials).toBe(540);
  });
});
