import { DEFAULT_ALLOWED_ABBREVIATIONS } from "./abbreviations";
import { findAllCapsWords, findDecorativeSymbols, findEmoji, findRepeatedPunctuation } from "./ad-text-lint";

/*
 * Google Merchant Center's editorial requirements for product data (title, description,
 * product_highlight): no promotional text, no capitals for emphasis, no gimmicky punctuation or
 * symbols, no contact details or links, only the product itself. Detectors for one text, shared
 * by the validator (errors) and the local writer (which never offers a sentence they object to),
 * so the two can never disagree. German and English: a feed may be in either language whatever
 * the asset's, and a German word in an English title is still promotion.
 */

export type MerchantFindingRule = "promotional" | "caps" | "punctuation" | "symbols" | "phone" | "contact";

export type MerchantFinding = { rule: MerchantFindingRule; found: string[] };

// Whole words or phrases, case-insensitive. Left out on purpose: words with an everyday product
// meaning ("reduziert das Gewicht", "ground clearance") and stock-shortage phrases, which are often
// a brand's required disclaimer and which Google judges by context.
const PROMOTIONAL_PHRASES = [
  // English
  "free shipping", "free delivery", "ships free", "free returns", "sale", "on sale", "discount", "discounts", "discounted",
  "best price", "lowest price", "cheapest", "bargain", "buy now", "order now", "shop now", "limited time", "limited offer",
  "special offer", "coupon", "promo code", "voucher",
  // German
  "kostenloser versand", "kostenlose lieferung", "kostenloser rückversand", "versandkostenfrei", "gratis versand", "gratisversand",
  "ausverkauf", "schlussverkauf", "rabatt", "rabatte", "rabattcode", "preisreduziert", "preisnachlass", "sonderangebot",
  "im angebot", "schnäppchen", "bester preis", "bestpreis", "günstigste", "günstigsten", "jetzt kaufen", "jetzt bestellen",
  "nur für kurze zeit", "gutschein", "gutscheincode",
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const PROMOTIONAL = new RegExp(PROMOTIONAL_PHRASES.map((phrase) => `(?<![\\p{L}\\p{N}])${escape(phrase).replace(/ /g, "\\s+")}(?![\\p{L}\\p{N}])`).join("|"), "giu");

// A price ("€349", "349 €", "349.00 EUR", "CHF 12") is promotion in Merchant text: the price
// attribute states it, and a price in the title goes stale with the next sale.
const PRICE = /(?:[€$£]\s?\d(?:[\d.,]*\d)?|(?<![\p{L}\p{N}])(?:EUR|USD|CHF|GBP)\s?\d(?:[\d.,]*\d)?|(?<![\p{L}\p{N}])\d(?:[\d.,]*\d)?\s?(?:€|\$|£|EUR|USD|CHF|GBP)(?![\p{L}]))/gu;
// "Code HERBST15", "code: AUTUMN15": a discount code (letters and digits in capitals after "code").
const DISCOUNT_CODE = /(?<![\p{L}\p{N}])(?:[Cc]ode|CODE)\s*:?\s+(?=[\p{Lu}\p{N}]*\p{N})[\p{Lu}\p{N}]{4,}(?![\p{L}\p{N}])/gu;
// "-20 %" and "15 % off" are discounts; "100 % Merino" is not.
const PERCENT_OFF = /(?<![\p{L}\p{N}])[-–]\s?\d+(?:[.,]\d+)?\s?%|(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?\s?(?:%|percent)\s+off(?![\p{L}])/giu;

// A phone number starts with "+", "00" or a trunk "0" and has 7 to 15 digits; "20.000 mm" and
// "0,5 l" do not start like one.
const PHONE = /(?:\+|(?<![\p{N}.,])00|(?<![\p{N}.,])\(?0)\d[\d\s./()-]{4,}\d/gu;
const DATE = /^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$/;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

export function findPromotionalText(text: string): string[] {
  return unique([...(text.match(PROMOTIONAL) ?? []), ...(text.match(PRICE) ?? []), ...(text.match(PERCENT_OFF) ?? []), ...(text.match(DISCOUNT_CODE) ?? [])].map((match) => match.trim()));
}

export function findPhoneNumbers(text: string): string[] {
  return unique((text.match(PHONE) ?? []).map((match) => match.trim()).filter((match) => {
    const digits = match.replace(/\D/g, "").length;
    return digits >= 7 && digits <= 15 && !DATE.test(match);
  }));
}

export function findContactDetails(text: string): string[] {
  return unique([...(text.match(EMAIL) ?? []), ...(text.match(LINK) ?? [])]);
}

/**
 * Acronyms the text defines itself: "Responsible Wool Standard (RWS)". Google allows capitals for
 * abbreviations; one spelled out right before it is one by the text's own word.
 */
export function definedAcronyms(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/((?:\p{L}[\p{L}-]*\s+){1,8})\((\p{Lu}{2,8})\)/gu)) {
    const acronym = match[2]!;
    const words = match[1]!.trim().split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
    const initials = words.slice(-acronym.length).map((word) => word.charAt(0)).join("");
    if (initials.toUpperCase() === acronym) found.push(acronym);
  }
  return found;
}

/**
 * Words in capitals a Merchant text may use: common abbreviations, the workspace's own, and words
 * the brand's or product's name writes in capitals itself ("NORDLICHT Fjell"); a name written
 * "Fjell" does not license "FJELL".
 */
export function merchantAllowedCaps(extra: readonly string[] = []): Set<string> {
  const ownCaps = extra.flatMap((words) => words.split(/[\s,]+/)).filter((word) => word !== "" && !/\p{Ll}/u.test(word));
  return new Set([...DEFAULT_ALLOWED_ABBREVIATIONS, ...ownCaps].map((word) => word.toUpperCase()));
}

/** Every Merchant editorial problem of one text, by rule; empty when the text may go into the feed. */
export function merchantTextFindings(text: string, allowedCaps: ReadonlySet<string> = merchantAllowedCaps()): MerchantFinding[] {
  const allowed = new Set([...allowedCaps, ...definedAcronyms(text)]);
  const findings: MerchantFinding[] = [
    { rule: "promotional", found: findPromotionalText(text) },
    { rule: "caps", found: findAllCapsWords(text, allowed) },
    { rule: "punctuation", found: findRepeatedPunctuation(text) },
    { rule: "symbols", found: unique([...findEmoji(text), ...findDecorativeSymbols(text)]) },
    { rule: "phone", found: findPhoneNumbers(text) },
    { rule: "contact", found: findContactDetails(text) },
  ];
  return findings.filter((finding) => finding.found.length > 0);
}

/** Whether a text passes every Merchant editorial rule. */
export function isMerchantSafe(text: string, allowedCaps?: ReadonlySet<string>): boolean {
  return merchantTextFindings(text, allowedCaps).length === 0;
}
