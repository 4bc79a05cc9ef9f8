import { describe, expect, it } from "vitest";
import { checkSeoPage } from "./seo-page";
import { cited, KNOWN_URLS, seoPage, textOfLength } from "@/lib/testing/assets/validate-fixtures";
import type { ValidationIssue } from "./types";

const context = { knownUrls: KNOWN_URLS, workspaceLanguages: ["de", "en"] };
const summary = (issues: ValidationIssue[]) => issues.map((issue) => `${issue.severity}:${issue.rule}@${issue.path}`);

describe("checkSeoPage", () => {
  it("accepts the fixture page", () => {
    expect(checkSeoPage(seoPage(), context)).toEqual([]);
  });

  describe("title length", () => {
    const check = (length: number) => summary(checkSeoPage(seoPage({ title: cited(textOfLength(length)) }), context));
    it.each([30, 60])("accepts %i characters", (length) => {
      expect(check(length)).toEqual([]);
    });
    it.each([29, 61, 70])("warns at %i characters", (length) => {
      expect(check(length)).toEqual(["warning:seo.title.length@title.text"]);
    });
    it("errors above 70 characters", () => {
      expect(check(71)).toEqual(["error:seo.title.max_length@title.text"]);
    });
    it("counts umlauts as one character", () => {
      expect(check(60)).toEqual([]);
      expect(summary(checkSeoPage(seoPage({ title: cited(textOfLength(60, "u\u0308")) }), context))).toEqual([]);
    });
    it("names the limit and the actual length", () => {
      const [issue] = checkSeoPage(seoPage({ title: cited(textOfLength(71)) }), context);
      expect(issue?.message).toBe("Title is 71 characters; it must not exceed 70 (aim for 30–60).");
    });
    it("errors on an empty title", () => {
      expect(check(0)).toEqual(["error:seo.title.empty@title.text"]);
    });
  });

  describe("meta description length", () => {
    const check = (length: number) => summary(checkSeoPage(seoPage({ metaDescription: cited(textOfLength(length)) }), context));
    it.each([120, 160])("accepts %i characters", (length) => {
      expect(check(length)).toEqual([]);
    });
    it.each([119, 161, 200])("warns at %i characters", (length) => {
      expect(check(length)).toEqual(["warning:seo.meta_description.length@metaDescription.text"]);
    });
    it("errors above 200 characters", () => {
      expect(check(201)).toEqual(["error:seo.meta_description.max_length@metaDescription.text"]);
    });
  });

  it("requires a non-empty H1", () => {
    expect(summary(checkSeoPage(seoPage({ h1: cited("  ") }), context))).toEqual(["error:seo.h1.empty@h1.text"]);
  });

  it("requires 1 to 10 target keywords", () => {
    expect(summary(checkSeoPage(seoPage({ targetKeywords: [] }), context))).toEqual(["error:seo.keywords.count@targetKeywords"]);
    const ten = Array.from({ length: 10 }, (_, index) => `keyword ${index}`);
    expect(checkSeoPage(seoPage({ targetKeywords: ten }), context)).toEqual([]);
    expect(summary(checkSeoPage(seoPage({ targetKeywords: [...ten, "eleven"] }), context))).toEqual(["error:seo.keywords.count@targetKeywords"]);
  });

  it("rejects a malformed slug and suggests a fixed one", () => {
    const [issue] = checkSeoPage(seoPage({ slug: "Größe Damen" }), context);
    expect(issue).toMatchObject({ rule: "seo.slug.format", path: "slug", severity: "error" });
    expect(issue?.message).toContain('"groesse-damen"');
  });

  describe("outline", () => {
    const section = (level: 2 | 3) => ({ level, heading: cited("Abschnitt"), brief: cited("Inhalt") });
    it("accepts H2 → H3 → H3 → H2", () => {
      expect(checkSeoPage(seoPage({ outline: [section(2), section(3), section(3), section(2)] }), context)).toEqual([]);
    });
    it("rejects an H3 before any H2", () => {
      expect(summary(checkSeoPage(seoPage({ outline: [section(3), section(2)] }), context))).toEqual([
        "error:seo.outline.h3_without_h2@outline[0].level",
      ]);
    });
    it("rejects an empty heading", () => {
      const outline = [{ level: 2 as const, heading: cited(""), brief: cited("Inhalt") }];
      expect(summary(checkSeoPage(seoPage({ outline }), context))).toEqual(["error:seo.outline.heading_empty@outline[0].heading.text"]);
    });
  });

  it("requires FAQ questions and answers", () => {
    const faq = [
      { question: "", answer: cited("Antwort") },
      { question: "Frage?", answer: cited(" ") },
    ];
    expect(summary(checkSeoPage(seoPage({ faq }), context))).toEqual([
      "error:seo.faq.question_empty@faq[0].question",
      "error:seo.faq.answer_empty@faq[1].answer.text",
    ]);
  });

  describe("internal links", () => {
    const link = (url: string, anchorText = "Alle Regenjacken") => ({ url, anchorText, citations: [] });
    it("accepts known URLs, ignoring a trailing slash, host case and fragment", () => {
      expect(checkSeoPage(seoPage({ internalLinks: [link("https://Shop.example/regenjacken/#top")] }), context)).toEqual([]);
    });
    it("rejects URLs the knowledge base does not know", () => {
      expect(summary(checkSeoPage(seoPage({ internalLinks: [link("https://shop.example/erfunden")] }), context))).toEqual([
        "error:seo.internal_link.unknown_url@internalLinks[0].url",
      ]);
    });
    it("requires anchor text", () => {
      expect(summary(checkSeoPage(seoPage({ internalLinks: [link("https://shop.example/pflege", " ")] }), context))).toEqual([
        "error:seo.internal_link.anchor_empty@internalLinks[0].anchorText",
      ]);
    });
  });

  it("checks the JSON-LD", () => {
    expect(summary(checkSeoPage(seoPage({ jsonLd: "{not json" }), context))).toEqual(["error:jsonld.invalid_json@jsonLd"]);
  });
});
