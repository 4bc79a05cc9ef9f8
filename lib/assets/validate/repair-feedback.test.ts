import { describe, expect, it } from "vitest";
import { buildReport, error, warning } from "./issues";
import { formatIssuesForRepair } from "./repair-feedback";

const report = buildReport([
  error("headlines[2].text", "rsa.headline.max_length", "Headline 3 is 34 characters; Google allows at most 30."),
  warning("title.text", "seo.title.length", "Title is 65 characters; Google shows 30–60 characters best."),
  error("", "brand.disclaimer_missing", 'The required disclaimer "Preise inkl. MwSt." is missing; include it word for word in one text field.'),
]);

describe("formatIssuesForRepair", () => {
  it("lists each error with path, rule and message, and leaves warnings out", () => {
    expect(formatIssuesForRepair(report)).toBe(
      [
        "The asset has 2 errors. Fix every one and return the complete corrected asset; keep everything else unchanged:",
        "1. headlines[2].text [rsa.headline.max_length]: Headline 3 is 34 characters; Google allows at most 30.",
        '2. (asset) [brand.disclaimer_missing]: The required disclaimer "Preise inkl. MwSt." is missing; include it word for word in one text field.',
      ].join("\n"),
    );
  });
  it("adds warnings on request", () => {
    expect(formatIssuesForRepair(report, { includeWarnings: true })).toContain(
      "Also improve these if you can (warnings):\n1. title.text [seo.title.length]: Title is 65 characters",
    );
  });
  it("returns an empty string when there is nothing to repair", () => {
    expect(formatIssuesForRepair(buildReport([warning("title.text", "seo.title.length", "Title is short.")]))).toBe("");
  });
});

describe("buildReport", () => {
  it("counts errors and warnings and is valid only without errors", () => {
    expect(report.counts).toEqual({ errors: 2, warnings: 1 });
    expect(report.valid).toBe(false);
    expect(buildReport([warning("x", "r", "m")]).valid).toBe(true);
  });
});
