import { describe, expect, it } from "vitest";
import { briefFor } from "@/lib/testing/assets/writer-fixtures";
import { buildInstructions } from "./prompt";
import { estimatedOutputTokens, TASK_FOR_KIND } from "./schema";

describe("generate-asset instructions for the blog article", () => {
  const instructions = buildInstructions(briefFor("article", "de"));

  it("asks a hosted model to plan the outline first and to write 800 to 2,000 words without padding", () => {
    expect(instructions).toContain("a long blog article");
    expect(instructions).toMatch(/Plan before you write: first fill `outline`/);
    expect(instructions).toMatch(/800 to 2,000 words, never more than 2,000/);
    expect(instructions).toMatch(/never pad/);
  });

  it("states the citation rule per paragraph, the known-URL rule and the JSON-LD the publisher completes", () => {
    expect(instructions).toMatch(/Every paragraph that states a fact cites at least one source id/);
    expect(instructions).toContain("Internal links may only point to the URLs listed in knownUrls of the brief.");
    expect(instructions).toMatch(/leave out datePublished and image/);
  });

  it("leaves the other kinds' instructions without the article's rules", () => {
    expect(buildInstructions(briefFor("seo-page", "de"))).not.toMatch(/outline`|800 to 2,000/);
    expect(buildInstructions(briefFor("meta-ad", "de"))).not.toMatch(/knownUrls|outline`/);
  });

  it("routes like the SEO page and budgets for the long output", () => {
    expect(TASK_FOR_KIND.article).toBe("seo-asset");
    expect(estimatedOutputTokens("article")).toBeGreaterThan(estimatedOutputTokens("seo-page"));
  });
});
