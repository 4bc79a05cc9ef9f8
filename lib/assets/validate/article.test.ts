import { describe, expect, it } from "vitest";
import type { Article } from "@/lib/assets/schemas/article";
import { article, CHUNKS, cited, context, KNOWN_URLS, paragraph, proseOfWords, textOfLength } from "@/lib/testing/assets/validate-fixtures";
import { ARTICLE_LIMITS, articleBodyWords, checkArticle } from "./article";
import type { ValidationIssue } from "./types";
import { validateAsset } from "./validate-asset";

const articleContext = { knownUrls: KNOWN_URLS, workspaceLanguages: ["de", "en"], chunks: CHUNKS };
const summary = (issues: ValidationIssue[]) => issues.map((issue) => `${issue.severity}:${issue.rule}@${issue.path}`);
const check = (overrides: Partial<Article>) => summary(checkArticle(article(overrides), articleContext));

/** An article whose body (lead + one paragraph) has exactly `words` words. */
function withBodyWords(words: number): Partial<Article> {
  return { lead: cited(proseOfWords(50)), outline: ["Wasserdicht bei jedem Wetter"], sections: [{ heading: cited("Wasserdicht bei jedem Wetter"), paragraphs: [paragraph(proseOfWords(words - 50))] }] };
}

describe("checkArticle", () => {
  it("accepts the fixture article, with platform, brand and grounding rules together", () => {
    expect(articleBodyWords(article())).toBe(900);
    expect(checkArticle(article(), articleContext)).toEqual([]);
    expect(validateAsset(article(), context())).toEqual({ valid: true, issues: [], counts: { errors: 0, warnings: 0 } });
  });

  describe("body word count (lead and paragraphs)", () => {
    it.each([ARTICLE_LIMITS.words.min, 1_400, ARTICLE_LIMITS.words.max])("accepts %i words", (words) => {
      expect(articleBodyWords(article(withBodyWords(words)))).toBe(words);
      expect(check(withBodyWords(words))).toEqual([]);
    });

    it("errors one word above 2,000", () => {
      expect(check(withBodyWords(2_001))).toEqual(["error:article.words.max_length@sections"]);
    });

    it("warns one word below 800, naming the count and what the cited sources hold", () => {
      const [issue] = checkArticle(article(withBodyWords(799)), articleContext);
      expect(issue).toMatchObject({ severity: "warning", rule: "article.words.below_target", path: "sections" });
      const sourceWords = CHUNKS.get("chk_jacket")!.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
      expect(issue?.message).toBe(
        `The article has 799 words, below the 800–2,000-word target. The sources hold ${sourceWords} words on this topic (1 cited passage); a longer article needs more source content in the knowledge base, not padding.`,
      );
    });

    it("still says why without the source texts (an edit whose chunks were not loaded)", () => {
      const [issue] = checkArticle(article(withBodyWords(500)), { knownUrls: KNOWN_URLS, workspaceLanguages: ["de"] });
      expect(issue?.message).toMatch(/^The article has 500 words, .*not padding\.$/);
    });

    it("does not count headings, title or meta description", () => {
      const longHeadings = { ...withBodyWords(800), title: cited(textOfLength(40)), sections: [{ heading: cited(proseOfWords(30)), paragraphs: [paragraph(proseOfWords(750))] }] };
      expect(articleBodyWords(article(longHeadings))).toBe(800);
    });
  });

  describe("SEO fields (the SEO page's limits and rules)", () => {
    it.each([30, 60])("accepts a title of %i characters", (length) => {
      expect(check({ title: cited(textOfLength(length)) })).toEqual([]);
    });
    it.each([29, 61, 70])("warns at a title of %i characters", (length) => {
      expect(check({ title: cited(textOfLength(length)) })).toEqual(["warning:seo.title.length@title.text"]);
    });
    it("errors at a title of 71 characters", () => {
      expect(check({ title: cited(textOfLength(71)) })).toEqual(["error:seo.title.max_length@title.text"]);
    });
    it.each([120, 160])("accepts a meta description of %i characters", (length) => {
      expect(check({ metaDescription: cited(textOfLength(length)) })).toEqual([]);
    });
    it.each([119, 161, 200])("warns at a meta description of %i characters", (length) => {
      expect(check({ metaDescription: cited(textOfLength(length)) })).toEqual(["warning:seo.meta_description.length@metaDescription.text"]);
    });
    it("errors at a meta description of 201 characters", () => {
      expect(check({ metaDescription: cited(textOfLength(201)) })).toEqual(["error:seo.meta_description.max_length@metaDescription.text"]);
    });
    it("checks the slug and the H1 like the SEO page", () => {
      expect(check({ slug: "Fjell Pflege" })).toContain("error:seo.slug.format@slug");
      expect(check({ h1: cited(" ") })).toEqual(["error:seo.h1.empty@h1.text"]);
    });
    it("allows internal links only to known pages", () => {
      const links = [{ url: "https://shop.example/erfunden", anchorText: "Erfundene Seite", citations: [] }];
      expect(check({ internalLinks: links })).toEqual(["error:seo.internal_link.unknown_url@internalLinks[0].url"]);
    });
  });

  describe("canonical URL", () => {
    it("must be an absolute http(s) URL", () => {
      expect(check({ canonicalUrl: "/blog/fjell-regenjacke-pflege" })).toEqual(["error:article.canonical_url.invalid@canonicalUrl", "warning:article.json_ld.main_entity_mismatch@jsonLd[0].mainEntityOfPage"]);
    });
    it("should end in the slug and not be an existing page", () => {
      expect(check({ slug: "fjell-pflege" })).toEqual(["warning:article.canonical_url.slug@canonicalUrl"]);
      const existing = article({ slug: "pflege", canonicalUrl: "https://shop.example/pflege" });
      const jsonLd = existing.jsonLd.replace("https://shop.example/blog/fjell-regenjacke-pflege", "https://shop.example/pflege");
      expect(summary(checkArticle({ ...existing, jsonLd }, articleContext))).toEqual(["warning:article.canonical_url.existing_page@canonicalUrl"]);
    });
  });

  describe("structure", () => {
    it("requires a lead and at least one section with paragraphs", () => {
      expect(check({ lead: cited("") })).toContain("error:article.lead.empty@lead.text");
      expect(check({ sections: [], outline: [] })).toContain("error:article.sections.empty@sections");
      const [first] = article().sections;
      expect(check({ sections: [{ ...first!, paragraphs: [] }], outline: [first!.heading.text] })).toContain("error:article.section.paragraphs_empty@sections[0].paragraphs");
      expect(check({ sections: [{ ...first!, heading: cited("") }, ...article().sections.slice(1)] })).toContain("error:article.section.heading_empty@sections[0].heading.text");
    });

    it("warns when outline and section headings drift apart", () => {
      expect(check({ outline: ["Wasserdicht bei jedem Wetter", "Waschen"] })).toEqual(["warning:article.outline.mismatch@outline"]);
      expect(check({ outline: ["Wasserdicht bei jedem Wetter"] })).toEqual(["warning:article.outline.mismatch@outline"]);
      // Case and accents are not drift.
      expect(check({ outline: ["wasserdicht bei jedem wetter", "PFLEGE"] })).toEqual([]);
    });
  });

  describe("citations per paragraph and transitions", () => {
    const sectionsWith = (extra: Article["sections"][number]["paragraphs"][number]) => {
      const [first, second] = article().sections;
      return { sections: [first!, { ...second!, paragraphs: [...second!.paragraphs, extra] }] };
    };

    it("errors on a factual paragraph without a citation (grounding)", () => {
      const report = validateAsset(article(sectionsWith(paragraph("Die Jacke ist leicht.", []))), context());
      expect(summary(report.issues)).toEqual(["error:grounding.missing_citation@sections[1].paragraphs[3].citations"]);
    });

    it("accepts an uncited transition that states no fact", () => {
      const report = validateAsset(article(sectionsWith({ transition: true, text: "Damit zur Pflege.", citations: [] })), context());
      expect(report.issues).toEqual([]);
    });

    it("errors on a transition that states a number, even a supported one", () => {
      const issues = check(sectionsWith({ transition: true, text: "Sie wiegt 350 g.", citations: [] }));
      expect(issues).toEqual(["error:article.transition.states_number@sections[1].paragraphs[3].text"]);
    });

    it("lets a required disclaimer with a number stand in a transition", () => {
      const withDisclaimer = { ...articleContext, disclaimerTexts: ["Wassersäule nach EN 343."] };
      const text = "Mehr dazu unten. Wassersäule nach EN 343.";
      expect(summary(checkArticle(article(sectionsWith({ transition: true, text, citations: [] })), withDisclaimer))).toEqual([]);
    });

    it(`warns at a transition over ${ARTICLE_LIMITS.transition.maxLength} characters`, () => {
      const at = (length: number) => check(sectionsWith({ transition: true, text: textOfLength(length), citations: [] }));
      expect(at(ARTICLE_LIMITS.transition.maxLength)).toEqual([]);
      expect(at(ARTICLE_LIMITS.transition.maxLength + 1)).toEqual(["warning:article.transition.long@sections[1].paragraphs[3].text"]);
    });

    it("errors on an empty paragraph", () => {
      expect(check(sectionsWith(paragraph(" ")))).toEqual(["error:article.paragraph.empty@sections[1].paragraphs[3].text"]);
    });
  });

  describe("JSON-LD", () => {
    const withJsonLd = (node: Record<string, unknown>) => ({ jsonLd: JSON.stringify([node]) });
    const base = JSON.parse(article().jsonLd)[0] as Record<string, unknown>;

    it("does not ask for datePublished or image, which the publisher sets", () => {
      expect(check({})).toEqual([]);
      expect(check(withJsonLd({ ...base, datePublished: "gestern" }))).toEqual(["warning:jsonld.article.date_published_invalid@jsonLd[0].datePublished"]);
    });

    it("requires an Article or BlogPosting node", () => {
      expect(check({ jsonLd: "[]" })).toEqual(["error:article.json_ld.article_missing@jsonLd"]);
      expect(check(withJsonLd({ "@context": "https://schema.org", "@type": "Organization", name: "Shop" }))).toEqual(["error:article.json_ld.article_missing@jsonLd"]);
      expect(check({ jsonLd: "[{" })).toEqual(["error:jsonld.invalid_json@jsonLd"]);
    });

    it("accepts an Article inside @graph", () => {
      const { "@context": _context, ...node } = base;
      expect(check({ jsonLd: JSON.stringify({ "@context": "https://schema.org", "@graph": [node] }) })).toEqual([]);
    });

    it("warns when headline, language or main entity do not describe this article", () => {
      expect(check(withJsonLd({ ...base, headline: "Etwas anderes" }))).toEqual(["warning:article.json_ld.headline_mismatch@jsonLd[0].headline"]);
      expect(check(withJsonLd({ ...base, inLanguage: "en-GB" }))).toEqual(["warning:article.json_ld.in_language_mismatch@jsonLd[0].inLanguage"]);
      expect(check(withJsonLd({ ...base, inLanguage: "de-AT" }))).toEqual([]);
      expect(check(withJsonLd({ ...base, inLanguage: undefined }))).toEqual(["warning:article.json_ld.in_language_missing@jsonLd[0].inLanguage"]);
      expect(check(withJsonLd({ ...base, mainEntityOfPage: "https://shop.example/anderswo" }))).toEqual(["warning:article.json_ld.main_entity_mismatch@jsonLd[0].mainEntityOfPage"]);
      expect(check(withJsonLd({ ...base, mainEntityOfPage: "https://shop.example/blog/fjell-regenjacke-pflege/" }))).toEqual([]);
    });

    it("keeps Google's requirements for the node (headline, author)", () => {
      expect(check(withJsonLd({ ...base, headline: undefined, author: undefined }))).toEqual([
        "error:jsonld.article.headline_missing@jsonLd[0].headline",
        "warning:jsonld.article.author_missing@jsonLd[0].author",
      ]);
    });
  });
});
