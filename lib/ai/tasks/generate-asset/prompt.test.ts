import { describe, expect, it } from "vitest";
import { briefFor } from "@/lib/testing/assets/writer-fixtures";
import { buildInstructions } from "./prompt";

describe("buildInstructions for an e-mail", () => {
  it("hands the model the brand's footer word for word, and no other kind gets it", () => {
    const brief = briefFor("email", "en");
    const footer = "Nordlicht Outdoor AS, Storgata 1, Tromsø. Unsubscribe: {{unsubscribe_url}}";
    const instructions = buildInstructions({ ...brief, brandRules: { ...brief.brandRules, emailFooter: { en: footer } } });
    expect(instructions).toContain("a marketing e-mail");
    expect(instructions).toContain(`Use exactly this footer, word for word: ${JSON.stringify(footer)}`);
    expect(buildInstructions(briefFor("meta-ad", "en"))).not.toContain("footer");
  });

  it("falls back to the default footer with the unsubscribe merge tag", () => {
    expect(buildInstructions(briefFor("email", "de"))).toMatch(/Use exactly this footer, word for word: "Sie erhalten diese E-Mail, .*Nordlicht.*\{\{unsubscribe_url\}\}"/);
  });
});
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
