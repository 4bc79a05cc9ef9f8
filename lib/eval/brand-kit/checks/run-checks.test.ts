import { describe, expect, it } from "vitest";
import { passingMetaAd, passingSeoPage } from "@/lib/testing/brand-kit-fixtures";
import { runChecks } from "./run-checks";

describe("runChecks", () => {
  it("passes a hand-written Meta ad that keeps every rule", () => {
    const results = runChecks(passingMetaAd());
    expect(results.filter((r) => !r.passed)).toEqual([]);
    expect(results.map((r) => r.id)).not.toContain("json-ld");
  });

  it("passes a hand-written SEO page that keeps every rule", () => {
    const results = runChecks(passingSeoPage());
    expect(results.filter((r) => !r.passed)).toEqual([]);
    expect(results.map((r) => r.id)).toEqual(expect.arrayContaining(["json-ld", "internal-links"]));
  });

  it("counts a check that throws as failed, with the error", () => {
    const results = runChecks(passingMetaAd(), [{ id: "broken", run: () => { throw new Error("boom"); } }]);
    expect(results).toEqual([{ id: "broken", passed: false, problems: ["the check failed: boom"] }]);
  });
});
