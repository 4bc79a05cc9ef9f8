import { describe, expect, it } from "vitest";
import { buildReport, error, warning } from "@/lib/assets/validate/issues";
import { evaluateValidationRules } from "./validation-rules";

const failed = (results: ReturnType<typeof evaluateValidationRules>) => results.filter((result) => !result.passed).map((result) => result.ruleId);

describe("evaluateValidationRules for the blog article", () => {
  it("declares the SEO structure, links, JSON-LD and article body rules, and no tracking rule", () => {
    const ids = evaluateValidationRules("article", buildReport([])).map((result) => result.ruleId);
    expect(ids).toEqual(expect.arrayContaining(["seo.structure", "seo.links", "seo.json_ld", "article.body"]));
    expect(ids).not.toContain("tracking");
    expect(ids).not.toContain("seo.hreflang");
  });

  it("fails the rule each error belongs to; a warning fails none", () => {
    const report = buildReport([
      error("sections", "article.words.max_length", "2,001 words"),
      error("jsonLd", "article.json_ld.article_missing", "no BlogPosting"),
      error("internalLinks[0].url", "seo.internal_link.unknown_url", "unknown"),
      warning("sections", "article.words.below_target", "short"),
    ]);
    expect(failed(evaluateValidationRules("article", report))).toEqual(["seo.links", "seo.json_ld", "article.body"]);
    expect(failed(evaluateValidationRules("article", buildReport([warning("sections", "article.words.below_target", "short")])))).toEqual([]);
  });
});
