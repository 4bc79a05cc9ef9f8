import type { Asset } from "@/lib/assets/schemas/asset";
import type { RuleTexts } from "@/lib/assets/compliance/types";
import type { IssueCode, IssueParams, IssueText } from "./issue-codes";
import { formattingOf, hashtagsOf, holdsForLanguage, type BrandRules } from "@/lib/assets/schemas/brand-rules";
import { disclaimerPatternHolds, disclaimerSituationHolds, withoutDisclaimers } from "@/lib/assets/brand/disclaimer-conditions";
import { findStatedPrices, formatPriceAs, samePriceText } from "@/lib/assets/brand/price-format";
import { addressFormViolations, titleCaseWords } from "./brand-formatting";
import { error, quote, warning } from "./issues";
import { hashtagContainsTerm, hashtagList, INLINE_HASHTAG } from "./social-post";
import { containsTerm, foldForMatching } from "./term-match";
import type { Severity, ValidationIssue } from "./types";
import { visibleTextFields, type VisibleTextField } from "./visible-text";

export const BRAND_RULE_TYPES = ["banned_term", "preferred_term", "disclaimer", "formality", "exclamation_marks", "sentence_case", "price_format", "hashtag_list"] as const;
export type BrandRuleType = (typeof BRAND_RULE_TYPES)[number];

/** What the asset alone does not say but some rules need. */
export type BrandRuleContext = {
  rules: BrandRules;
  /** The product's category path for a product brief; null or missing for a topic page. */
  productCategory?: string | null;
  /** Brand and product names: capitalised words in them are not Title Case. */
  properNouns?: readonly string[];
};

/**
 * One brand rule judged against one asset. Contract (the compliance score counts these):
 * - one entry per configured rule, whether it applies or not; `ruleId` is stable for the same
 *   rule across assets and saves (derived from its content, not its position);
 * - `applicable` false: the rule's conditions do not hold for this asset (another language,
 *   kind or category, no price stated, …); then `passed` is true and it must not be counted;
 * - `passed` false: at least one violation; `message` names the first and how many there are,
 *   and `violations` lists each with the field path an editor can jump to.
 */
export type BrandRuleEvaluation = {
  ruleId: string;
  ruleType: BrandRuleType;
  applicable: boolean;
  passed: boolean;
  /** A sentence for the reviewer: the rule when it passed, what is wrong when it failed. */
  message: string;
  /** Errors block approval; warnings ask for a look. */
  severity: Severity;
  violations: BrandRuleViolation[];
  texts?: RuleTexts;
};

const ISSUE_CODES: Record<BrandRuleType, string> = {
  banned_term: "brand.banned_term",
  preferred_term: "brand.preferred_term",
  disclaimer: "brand.disclaimer_missing",
  formality: "brand.formality",
  exclamation_marks: "brand.exclamation_mark",
  sentence_case: "brand.headline_case",
  price_format: "brand.price_format",
  hashtag_list: "brand.hashtag",
};

// Titles, H1s, headings and ad headlines: the fields a sentence-case rule is about.
const HEADLINE_PATH = /^(?:title\.text|h1\.text|headline\.text|(?:outline|sections)\[\d+\]\.heading\.text|headlines\[\d+\]\.text|subject\.text)$/;

function key(text: string): string {
  return foldForMatching(text).replace(/\s+/g, " ").trim();
}

/** A violation's English sentence (compliance report, model, exports) and its code for the UI. */
export type BrandRuleViolation = { path: string; message: string; text?: IssueText };

function issueText(code: IssueCode, params?: IssueParams): IssueText {
  return params ? { code, params } : { code };
}

function evaluation(
  ruleId: string,
  ruleType: BrandRuleType,
  severity: Severity,
  applicable: boolean,
  description: string,
  violations: BrandRuleViolation[],
): BrandRuleEvaluation {
  const passed = !applicable || violations.length === 0;
  const more = violations.length > 1 ? ` (and ${violations.length - 1} more)` : "";
  const message = passed ? description : `${violations[0]!.message}${more}`;
  const first = violations[0];
  // The compliance report shows the first violation and a count, in the member's language when it has a code.
  const texts = !passed && first?.text ? { texts: { shown: [{ path: first.path, ...first.text }], more: violations.length - 1 } } : {};
  return { ruleId, ruleType, applicable, passed, message, severity, violations: applicable ? violations : [], ...texts };
}

/** Evaluates every brand rule against one asset; see BrandRuleEvaluation for the contract. */
export function evaluateBrandRules(asset: Asset, context: BrandRuleContext): BrandRuleEvaluation[] {
  const { rules } = context;
  const language = asset.language;
  const fields = visibleTextFields(asset);
  const results: BrandRuleEvaluation[] = [];

  for (const banned of rules.bannedTerms) {
    if (banned.term.trim() === "") continue;
    const reason = banned.reason ? ` (${banned.reason})` : "";
    const violations = fields
      .filter((field) => (isHashtagField(field) ? hashtagContainsTerm(field.text, banned.term) : containsTerm(field.text, banned.term)))
      .map((field) => ({ path: field.path, message: `${field.label} uses the banned term ${quote(banned.term)}${reason}; rephrase without it.`, text: banned.reason ? issueText("brandBannedTermWithReason", { term: banned.term, reason: banned.reason }) : issueText("brandBannedTerm", { term: banned.term }) }));
    results.push(evaluation(`banned_term:${banned.language ?? "*"}:${key(banned.term)}`, "banned_term", "error", holdsForLanguage(banned, language), `Does not use ${quote(banned.term)}.`, violations));
  }

  for (const preferred of rules.preferredTerms) {
    if (preferred.avoid.trim() === "") continue;
    const violations = fields
      // "Kunde" → "Kundin oder Kunde": text already using the preferred phrase is fine.
      .filter((field) => containsTerm(field.text, preferred.avoid) && !(containsTerm(preferred.use, preferred.avoid) && containsTerm(field.text, preferred.use)))
      .map((field) => ({ path: field.path, message: `${field.label} uses ${quote(preferred.avoid)}; the brand prefers ${quote(preferred.use)}.`, text: issueText("brandPreferredTerm", { avoid: preferred.avoid, use: preferred.use }) }));
    results.push(
      evaluation(`preferred_term:${preferred.language ?? "*"}:${key(preferred.avoid)}`, "preferred_term", "warning", holdsForLanguage(preferred, language), `Says ${quote(preferred.use)}, not ${quote(preferred.avoid)}.`, violations),
    );
  }

  results.push(...evaluateDisclaimers(asset, fields, context));
  results.push(...evaluateFormatting(asset, fields, context));
  results.push(...evaluateHashtagList(asset, context));
  return results;
}

function isHashtagField(field: VisibleTextField): boolean {
  return field.path.startsWith("hashtags[");
}

/**
 * A social post may only use the brand's own hashtags once the brand has listed them: a hashtag
 * joins a public conversation the brand has chosen to be in (or not). Case does not matter, as on
 * the networks. No list: any hashtag (the rule does not apply).
 */
function evaluateHashtagList(asset: Asset, context: BrandRuleContext): BrandRuleEvaluation[] {
  const allowed = hashtagsOf(context.rules);
  if (allowed.length === 0) return [];
  const tags = "hashtags" in asset ? asset.hashtags : null;
  const keys = new Set(allowed.map((tag) => tag.toLocaleLowerCase()));
  const notListed = (bare: string, path: string) => (keys.has(bare.toLocaleLowerCase()) ? [] : [{ path, message: `#${bare} is not one of the brand's hashtags: ${hashtagList(allowed)}.`, text: issueText("brandHashtag", { hashtag: bare, allowed: hashtagList(allowed) }) }]);
  // Hashtags typed into the post's text are hashtags too.
  const inline = tags !== null && "text" in asset ? [...new Set(asset.text.text.match(INLINE_HASHTAG) ?? [])].flatMap((tag) => notListed(tag.slice(1), "text.text")) : [];
  const violations = [...(tags ?? []).flatMap((tag, index) => notListed(tag.trim().replace(/^#+/, ""), `hashtags[${index}]`)), ...inline];
  return [evaluation("hashtag_list", "hashtag_list", "error", tags !== null, "Uses only the brand's hashtags.", violations)];
}

/**
 * A disclaimer must appear whole within one field: split across rotating ad texts it would rarely
 * be shown complete. Its text pattern is looked for in the copy without any disclaimer, so a note
 * that names "Wassersäule" does not make itself required.
 */
function evaluateDisclaimers(asset: Asset, fields: VisibleTextField[], context: BrandRuleContext): BrandRuleEvaluation[] {
  const disclaimers = context.rules.requiredDisclaimers.filter((disclaimer) => disclaimer.text.trim() !== "");
  const copy = withoutDisclaimers(fields.map((field) => field.text).join("\n"), disclaimers.map((disclaimer) => disclaimer.text));
  const foldedFields = fields.map((field) => key(field.text));
  const situation = { kind: asset.kind, language: asset.language, category: context.productCategory ?? null };
  return disclaimers.map((disclaimer) => {
    const applicable = disclaimerSituationHolds(disclaimer, situation) && disclaimerPatternHolds(disclaimer, copy);
    const present = foldedFields.some((text) => text.includes(key(disclaimer.text)));
    const conditions = [disclaimer.channel ?? "*", disclaimer.language ?? "*", (disclaimer.categories ?? []).map(key).join("|") || "*", disclaimer.pattern ?? "*"].join(":");
    const violations = present ? [] : [{ path: "", message: `The required disclaimer ${quote(disclaimer.text)} is missing; include it word for word in one text field.`, text: issueText("brandDisclaimerMissing", { disclaimer: disclaimer.text }) }];
    return evaluation(`disclaimer:${conditions}:${key(disclaimer.text)}`, "disclaimer", "error", applicable, `Shows the disclaimer ${quote(disclaimer.text)}.`, violations);
  });
}

function evaluateFormatting(asset: Asset, fields: VisibleTextField[], context: BrandRuleContext): BrandRuleEvaluation[] {
  const formatting = formattingOf(context.rules);
  const results: BrandRuleEvaluation[] = [];

  if (formatting.formality) {
    const form = formatting.formality;
    const violations = fields.flatMap((field) =>
      addressFormViolations(field.text, form).map((word) => ({
        path: field.path,
        message: `${field.label} addresses the reader with ${quote(word)}; the brand writes German copy with "${form === "sie" ? "Sie" : "du"}".`,
        text: issueText("brandFormality", { word, form: form === "sie" ? "Sie" : "du" }),
      })),
    );
    // The du/Sie choice exists in German only.
    results.push(evaluation(`formality:${form}`, "formality", "warning", asset.language === "de", `Addresses the reader with "${form === "sie" ? "Sie" : "du"}".`, violations));
  }

  if (!formatting.exclamationMarks) {
    const violations = fields
      .filter((field) => /[!¡]/u.test(field.text))
      .map((field) => ({ path: field.path, message: `${field.label} uses an exclamation mark; the brand writes without them.`, text: issueText("brandExclamation") }));
    results.push(evaluation("exclamation_marks:none", "exclamation_marks", "warning", true, "Uses no exclamation marks.", violations));
  }

  if (formatting.sentenceCaseHeadlines) {
    const headlines = fields.filter((field) => HEADLINE_PATH.test(field.path));
    const violations = headlines.flatMap((field) => {
      const words = titleCaseWords(field.text, asset.language, context.properNouns ?? []);
      return words.length === 0 ? [] : [{ path: field.path, message: `${field.label} is in Title Case (${words.map(quote).join(", ")}); write headlines in sentence case.`, text: issueText("brandTitleCase", { words: words.map(quote).join(", ") }) }];
    });
    results.push(evaluation("sentence_case:headlines", "sentence_case", "warning", headlines.length > 0, "Headlines are in sentence case.", violations));
  }

  const priceFormat = formatting.priceFormat[asset.language];
  if (priceFormat) {
    let stated = 0;
    const violations = fields.flatMap((field) =>
      findStatedPrices(field.text).flatMap((price) => {
        stated++;
        const expected = formatPriceAs(price.amount, price.currency, asset.language, priceFormat);
        return samePriceText(price.text, expected) ? [] : [{ path: field.path, message: `${field.label} writes the price ${quote(price.text)}; the brand writes it as ${quote(expected.replace(/\u00a0/g, " "))}.`, text: issueText("brandPriceFormat", { price: price.text, expected: expected.replace(/\u00a0/g, " ") }) }];
      }),
    );
    // Only copy that states a price can follow or break the price format.
    results.push(evaluation(`price_format:${asset.language}`, "price_format", "warning", stated > 0, "Prices follow the brand's format.", violations));
  }
  return results;
}

/** The brand rules as validation issues: one per violation, on the field it is in. */
export function checkBrandRules(asset: Asset, rules: BrandRules, context: Omit<BrandRuleContext, "rules"> = {}): ValidationIssue[] {
  return evaluateBrandRules(asset, { ...context, rules }).flatMap((result) =>
    result.violations.map((violation) => (result.severity === "error" ? error : warning)(violation.path, ISSUE_CODES[result.ruleType], violation.message, violation.text)),
  );
}
