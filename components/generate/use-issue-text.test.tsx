import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { withIntl } from "@/lib/testing/intl";
import type { UiLocale } from "@/lib/i18n/locales";
import { checkGoogleRsa } from "@/lib/assets/validate/google-rsa";
import { checkMetaAd } from "@/lib/assets/validate/meta-ad";
import { checkJsonLd } from "@/lib/assets/validate/json-ld";
import { checkBrandRules } from "@/lib/assets/validate/brand-rules";
import { ISSUE_CODES } from "@/lib/assets/validate/issue-codes";
import type { ValidationIssue } from "@/lib/assets/validate/types";
import { EMPTY_BRAND_RULES } from "@/lib/assets/schemas/brand-rules";
import { cited, metaAd, rsa, textOfLength } from "@/lib/testing/assets/validate-fixtures";
import { ComplianceSummary } from "@/components/assets/compliance-summary";
import { IssueMessages } from "./field-status";

function render(issues: ValidationIssue[], locale: UiLocale) {
  return renderToStaticMarkup(withIntl(<IssueMessages id="issues" issues={issues} />, locale))
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");
}

describe("validation issues in the member's language", () => {
  it("has a message for every issue code in both languages", () => {
    for (const code of ISSUE_CODES) {
      expect(en.validationIssues.codes, code).toHaveProperty(code);
      expect(de.validationIssues.codes, code).toHaveProperty(code);
    }
  });

  it("names the field from the path and keeps the English wording of the validator", () => {
    const issues = checkGoogleRsa(rsa({ headlines: [...rsa().headlines, { text: textOfLength(35), citations: ["chk_jacket"], pin: null }] }));
    const tooLong = issues.filter((issue) => issue.rule === "rsa.headline.max_length");
    expect(tooLong).toHaveLength(1);
    expect(render(tooLong, "en")).toBe(`Error: ${tooLong[0]!.message}`);
    expect(render(tooLong, "de")).toBe("Fehler: Anzeigentitel 4 hat 35 Zeichen; Google erlaubt höchstens 30.");
  });

  it("says what the platform does past the soft limit, per platform", () => {
    const issues = checkMetaAd(metaAd({ headline: cited(textOfLength(45)) }));
    expect(issues.map((issue) => issue.code)).toEqual(["truncated"]);
    expect(render(issues, "en")).toContain(issues[0]!.message);
    expect(render(issues, "de")).toContain("Überschrift hat 45 Zeichen; ab 40 Zeichen kürzt Meta Überschriften.");
  });

  it("keeps brand terms and user text as written inside the German sentence", () => {
    const rules = { ...EMPTY_BRAND_RULES, bannedTerms: [{ term: "billig", reason: "Wir sind Premium" }] };
    const issues = checkBrandRules(metaAd({ headline: cited("Billig und gut") }), rules);
    expect(render(issues, "de")).toContain("Überschrift verwendet den verbotenen Begriff „billig“ (Wir sind Premium); formulieren Sie ohne ihn.");
  });

  it("names both fields of a duplicate headline", () => {
    const headline = rsa().headlines[0]!;
    const issues = checkGoogleRsa(rsa({ headlines: [...rsa().headlines, { ...headline }] })).filter((issue) => issue.rule === "rsa.headline.duplicate");
    expect(issues).toHaveLength(1);
    // The field names stay capitalised on the page ("Headline 1"); the model's sentence lowercases the second.
    expect(render(issues, "en")).toBe("Error: Headline 4 repeats Headline 1; Google rejects duplicate headlines.");
    expect(render(issues, "de")).toBe("Fehler: Anzeigentitel 4 wiederholt Anzeigentitel 1; Google lehnt doppelte Anzeigentitel ab.");
  });

  it("says every JSON-LD structure problem in German", () => {
    const nodes = [
      { "@context": "https://schema.org", "@type": "Product", offers: { "@type": "Offer", price: "12,99", priceCurrency: "euro" } },
      { "@context": "https://schema.org", "@type": "BreadcrumbList", itemListElement: [{ "@type": "ListItem", position: 2 }] },
      { "@context": "https://schema.org", "@type": "Article" },
      { "@context": "http://example.org", "@type": "Recipe" },
    ];
    const issues = checkJsonLd(JSON.stringify(nodes));
    expect(issues.length).toBeGreaterThan(8);
    expect(issues.filter((issue) => !issue.code).map((issue) => issue.rule)).toEqual([]);
    const html = render(issues, "de");
    expect(html).toContain("Product braucht einen Namen (name).");
    expect(html).toContain("Der erste Breadcrumb muss position 1 haben; er hat 2.");
  });

  it("names an article paragraph by its section", () => {
    const issue: ValidationIssue = { path: "sections[1].paragraphs[2].text", rule: "article.paragraph.empty", severity: "error", message: "Paragraph 3 of section 2 is empty; remove it or write it.", code: "articleParagraphEmpty" };
    expect(render([issue], "en")).toBe(`Error: ${issue.message}`);
    expect(render([issue], "de")).toBe("Fehler: Absatz 3 von Abschnitt 2 ist leer; entfernen oder schreiben Sie ihn.");
  });

  it("falls back to the English message for an issue without a code", () => {
    const issue: ValidationIssue = { path: "sections", rule: "article.words.max_length", severity: "warning", message: "The article has 3000 words." };
    expect(render([issue], "de")).toContain("The article has 3000 words.");
  });

  it("shows an unnamed path as it is", () => {
    const issue: ValidationIssue = { path: "jsonLd[0].offers", rule: "x", severity: "error", message: "x", code: "fieldEmpty" };
    expect(render([issue], "de")).toContain("Feld jsonLd[0].offers ist leer.");
  });
});

describe("failing compliance rules in the member's language", () => {
  it("shows a rule's coded issues in German with the count of the rest, and the English message when it has no codes", () => {
    const compliance = {
      score: 50,
      applicable: 2,
      passed: 1,
      judgedBy: null,
      failing: [
        { ruleId: "lengths", ruleType: "platform", message: "Headline 4 is 35 characters; Google allows at most 30.", texts: { shown: [{ path: "headlines[3].text", code: "googleMaxLength" as const, params: { length: 35, max: 30 } }], more: 2 } },
        { ruleId: "voice", ruleType: "voice", message: "Tone: too pushy." },
      ],
    };
    const html = renderToStaticMarkup(withIntl(<ComplianceSummary compliance={compliance} version={2} live={false} />, "de"));
    expect(html).toContain("Anzeigentitel 4 hat 35 Zeichen; Google erlaubt höchstens 30. (und 2 weitere)");
    expect(html).toContain("Tone: too pushy.");
  });
});
