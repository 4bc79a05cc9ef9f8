import type { MerchantFeed } from "@/lib/assets/schemas/merchant-feed";
import type { IssueCode } from "./issue-codes";
import { holdsForLanguage, type BrandRules } from "@/lib/assets/schemas/brand-rules";
import { error, quote, warning } from "./issues";
import { MERCHANT_LIMITS } from "./merchant-limits";
import { merchantAllowedCaps, merchantTextFindings, type MerchantFindingRule } from "./merchant-policy";
import { checkTextLength } from "./text-length";
import { containsTerm, foldForMatching } from "./term-match";
import type { ValidationIssue } from "./types";
import { visibleLength } from "./visible-length";


export type MerchantFeedContext = {
  /** The id of the asset's product in the workspace's feed (knowledge_sources.external_id); unchecked when absent. */
  feedProductId?: string | null;
  /** Chunk id → text: what the description's "could say more" advice reads. */
  chunks?: ReadonlyMap<string, string>;
  /** Banned terms make a source sentence unusable, so it does not count as "more to say". */
  brandRules?: BrandRules;
  /** Brand and product names: words they write in capitals may stay in capitals. */
  properNouns?: readonly string[];
  allowedAbbreviations?: readonly string[];
};

const FINDING_CODES = {
  promotional: "merchantPromotional",
  caps: "merchantCaps",
  punctuation: "merchantPunctuation",
  symbols: "merchantSymbols",
  phone: "merchantPhone",
  contact: "merchantContact",
} as const satisfies Record<MerchantFindingRule, IssueCode>;

const FINDING_MESSAGES: Record<MerchantFindingRule, (label: string, found: string) => string> = {
  promotional: (label, found) => `${label} contains promotional text (${found}); Google Merchant Center disapproves titles, descriptions and highlights with prices, sales, discounts or shipping offers.`,
  caps: (label, found) => `${label} uses words in capitals (${found}); Google Merchant Center allows capitals only for abbreviations and names written that way.`,
  punctuation: (label, found) => `${label} repeats punctuation (${found}); Google Merchant Center disapproves excessive punctuation.`,
  symbols: (label, found) => `${label} contains emoji or decorative symbols (${found}); Google Merchant Center disapproves gimmicky characters.`,
  phone: (label, found) => `${label} contains a phone number (${found}); Google Merchant Center does not allow contact details in product data.`,
  contact: (label, found) => `${label} contains an e-mail address or link (${found}); Google Merchant Center does not allow them in product data (the link attribute holds the product page).`,
};

type TextField = { path: string; label: string; text: string };

function textFields(feed: MerchantFeed): TextField[] {
  return [
    { path: "title.text", label: "Title", text: feed.title.text },
    { path: "description.text", label: "Description", text: feed.description.text },
    ...feed.highlights.map((highlight, index) => ({ path: `highlights[${index}].text`, label: `Highlight ${index + 1}`, text: highlight.text })),
  ];
}

/** What a spreadsheet treats as the start of a formula (after any leading spaces). */
export const FORMULA_START = /^\s*[=+\-@]/;

/**
 * Feed files are opened in spreadsheets before they are uploaded, and the export writes every
 * value exactly as approved (an apostrophe in front would reach Shopping), so a value that a
 * spreadsheet would run as a formula is refused here, where the writer can still reword it.
 */
function checkFormulaStart(feed: MerchantFeed): ValidationIssue[] {
  return textFields(feed)
    .filter((field) => FORMULA_START.test(field.text))
    .map((field) =>
      error(field.path, "merchant.formula_start", `${field.label} starts with "${field.text.trim()[0]}", which a spreadsheet runs as a formula when the feed file is opened; start it with a letter or digit.`, { code: "merchantFormulaStart", params: { char: field.text.trim()[0] ?? "" } }),
    );
}

/** Google Merchant's editorial requirements, as errors: a product that breaks them is disapproved. */
function checkEditorial(feed: MerchantFeed, context: MerchantFeedContext): ValidationIssue[] {
  const allowed = merchantAllowedCaps([...(context.allowedAbbreviations ?? []), ...(context.properNouns ?? [])]);
  return textFields(feed).flatMap((field) =>
    merchantTextFindings(field.text, allowed).map((finding) => error(field.path, `merchant.${finding.rule}`, FINDING_MESSAGES[finding.rule](field.label, finding.found.map(quote).join(", ")), { code: FINDING_CODES[finding.rule], params: { found: finding.found.map(quote).join(", ") } })),
  );
}

function checkProductId(productId: string, expected: string | null | undefined): ValidationIssue[] {
  const id = productId.trim();
  if (id === "") return [error("productId", "merchant.product_id.empty", "The product id is empty; the supplemental feed matches its rows to products by the id in the shop's feed.", { code: "merchantProductIdEmpty" })];
  if (visibleLength(id) > MERCHANT_LIMITS.productIdMaxLength) {
    return [error("productId", "merchant.product_id.max_length", `The product id is ${visibleLength(id)} characters; Google Merchant Center allows at most ${MERCHANT_LIMITS.productIdMaxLength}.`, { code: "merchantProductIdMaxLength", params: { length: visibleLength(id), max: MERCHANT_LIMITS.productIdMaxLength } })];
  }
  if (expected && id !== expected) {
    return [error("productId", "merchant.product_id.mismatch", `The product id ${quote(id)} is not this product's id in the feed (${quote(expected)}); the supplemental feed would change another product.`, { code: "merchantProductIdMismatch", params: { id, expected } })];
  }
  return [];
}

function checkHighlights(feed: MerchantFeed): ValidationIssue[] {
  const { min, max, maxLength } = MERCHANT_LIMITS.highlights;
  const issues: ValidationIssue[] = [];
  const count = feed.highlights.length;
  if (count > max) issues.push(error("highlights", "merchant.highlights.too_many", `The copy has ${count} highlights; write at most ${max} (Google recommends 4 to 6).`, { code: "merchantHighlightsTooMany", params: { count, max } }));
  else if (count > 0 && count < min) issues.push(warning("highlights", "merchant.highlights.too_few", `The copy has ${count} highlight; Google uses product highlights only when there are at least ${min}.`, { code: "merchantHighlightsTooFew", params: { count, min } }));
  feed.highlights.forEach((highlight, index) => {
    issues.push(
      ...checkTextLength(highlight.text, {
        path: `highlights[${index}].text`,
        rule: "merchant.highlight",
        label: `Highlight ${index + 1}`,
        softMax: maxLength,
        hardMax: maxLength,
        truncation: "",
        required: true,
      }),
    );
  });
  return issues;
}

// Fact lines of a product chunk (lib/rag/chunk/chunk-product.ts), headings and table rows: not prose.
const NOT_PROSE = /^(?:Product|Category|Price|Attributes|URL):|^#|^\|/;

function proseSentences(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !NOT_PROSE.test(line.trim()))
    .join(" ")
    .replace(/^\s*(?:[-*+•]|\d{1,2}[.)])\s+/gm, "")
    .split(/(?<=[.!?])\s+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /^\p{Lu}/u.test(sentence) && /[.!?]$/u.test(sentence) && sentence.split(/\s+/).length >= 3);
}

const contentWords = (text: string) => (foldForMatching(text).match(/\p{L}{3,}/gu) ?? []);

// A source sentence counts as used when most of its words are in the description: the copy may
// have replaced a word by the brand's preferred term or joined two sentences.
const USED_SHARE = 0.75;

/**
 * How many characters of usable statements the sources this copy cites hold that its description
 * does not use yet: sentences without a banned term and without anything Merchant forbids.
 * Padding a description to 500 characters with words no source states would be invention, so
 * "write more" is advice only when the sources have more to say.
 */
export function unusedSourceText(feed: MerchantFeed, context: MerchantFeedContext): number {
  if (!context.chunks) return 0;
  const cited = new Set([feed.title, feed.description, ...feed.highlights].flatMap((field) => field.citations));
  const described = new Set(contentWords(feed.description.text));
  const banned = (context.brandRules?.bannedTerms ?? []).filter((entry) => holdsForLanguage(entry, feed.language)).map((entry) => entry.term);
  const allowed = merchantAllowedCaps([...(context.allowedAbbreviations ?? []), ...(context.properNouns ?? [])]);
  const seen = new Set<string>();
  let unused = 0;
  for (const chunkId of cited) {
    for (const sentence of proseSentences(context.chunks.get(chunkId) ?? "")) {
      const key = foldForMatching(sentence);
      if (seen.has(key)) continue;
      seen.add(key);
      const words = contentWords(sentence);
      if (words.length > 0 && words.filter((word) => described.has(word)).length / words.length >= USED_SHARE) continue;
      if (banned.some((term) => containsTerm(sentence, term)) || merchantTextFindings(sentence, allowed).length > 0) continue;
      unused += visibleLength(sentence) + 1;
    }
  }
  return unused;
}

function checkDescriptionLength(feed: MerchantFeed, context: MerchantFeedContext): ValidationIssue[] {
  const issues = checkTextLength(feed.description.text, {
    path: "description.text",
    rule: "merchant.description",
    label: "Description",
    softMax: MERCHANT_LIMITS.description.hardMax,
    hardMax: MERCHANT_LIMITS.description.hardMax,
    truncation: "",
    required: true,
  });
  const length = visibleLength(feed.description.text.trim());
  const { recommendedMin } = MERCHANT_LIMITS.description;
  if (issues.length > 0 || length === 0 || length >= recommendedMin) return issues;
  const unused = unusedSourceText(feed, context);
  if (length + unused < recommendedMin) return issues;
  return [
    warning(
      "description.text",
      "merchant.description.short",
      `Description is ${length} characters; Google recommends at least ${recommendedMin}, and the sources it cites state about ${unused} more characters about the product that it does not use yet.`, { code: "merchantDescriptionShort", params: { length, min: recommendedMin, unused } },
    ),
  ];
}

export function checkMerchantFeed(feed: MerchantFeed, context: MerchantFeedContext = {}): ValidationIssue[] {
  return [
    ...checkProductId(feed.productId, context.feedProductId),
    ...checkTextLength(feed.title.text, {
      path: "title.text",
      rule: "merchant.title",
      label: "Title",
      ...MERCHANT_LIMITS.title,
      truncation: "it is truncated in Shopping results",
      required: true,
    }),
    ...checkDescriptionLength(feed, context),
    ...checkHighlights(feed),
    ...checkEditorial(feed, context),
    ...checkFormulaStart(feed),
  ];
}
