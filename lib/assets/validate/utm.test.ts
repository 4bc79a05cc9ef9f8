import { describe, expect, it } from "vitest";
import type { Utm } from "@/lib/assets/schemas/utm";
import { validateUtm } from "./utm";

const valid: Utm = { source: "google", medium: "cpc", campaign: "spring-sale.2026_a", content: null, term: null };

describe("validateUtm", () => {
  it("accepts lowercase values of a-z, 0-9, _, - and .", () => {
    expect(validateUtm(valid)).toEqual([]);
  });
  it.each(["source", "medium", "campaign"] as const)("requires %s", (field) => {
    const issues = validateUtm({ ...valid, [field]: " " });
    expect(issues).toEqual([expect.objectContaining({ path: `utm.${field}`, rule: `utm.${field}.required`, severity: "error" })]);
  });
  it("suggests the normalised value for capitals and spaces", () => {
    const [issue] = validateUtm({ ...valid, campaign: "Spring Sale" });
    expect(issue).toMatchObject({ path: "utm.campaign", rule: "utm.campaign.format", severity: "error" });
    expect(issue?.message).toContain('use "spring_sale"');
  });
  it("rejects characters outside the allowed set in optional fields, suggesting the words kept apart", () => {
    const issues = validateUtm({ ...valid, term: "regenjacke+damen" });
    expect(issues.map((issue) => issue.rule)).toEqual(["utm.term.format"]);
    // "55+10" must not become "5510": the suggestion keeps the parts apart, as the generator writes them.
    expect(issues[0]?.message).toContain('"regenjacke_damen"');
  });
  it("asks for null instead of an empty optional value", () => {
    expect(validateUtm({ ...valid, content: "" }).map((issue) => issue.rule)).toEqual(["utm.content.empty"]);
  });
  it("uses the given base path", () => {
    expect(validateUtm({ ...valid, source: "Google" }, "tracking")[0]?.path).toBe("tracking.source");
  });
});
