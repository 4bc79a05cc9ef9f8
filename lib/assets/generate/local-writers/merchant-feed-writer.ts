import type { ExtractiveInput } from "@/lib/ai/local-models/extractive/read-prompt";
import type { CitedText } from "@/lib/assets/schemas/cited-text";
import type { MerchantFeed } from "@/lib/assets/schemas/merchant-feed";
import type { WithOmissions } from "@/lib/assets/schemas/omission";
import { merchantOfferOmissions } from "@/lib/assets/generate/omissions/merchant-omissions";
import { mergeOmissions } from "@/lib/assets/generate/omissions/merge-omissions";
import { MERCHANT_LIMITS } from "@/lib/assets/validate/merchant-limits";
import { isMerchantSafe, merchantAllowedCaps } from "@/lib/assets/validate/merchant-policy";
import { isSentenceFragment } from "@/lib/assets/validate/sentence-fragments";
import { containsTerm, foldForMatching } from "@/lib/assets/validate/term-match";
import { visibleLength } from "@/lib/assets/validate/visible-length";
import { EMPTY_TEXT, joinPieces, mergeCitations, piece, type CitedPiece } from "./cited-piece";
import { labelInLanguage } from "./copy-attributes";
import { buildFactBase, type FactBase } from "./fact-base";
import { fits, packTexts, stripFinalPeriod } from "./fit-text";
import { parseProductChunk } from "./product-facts";
import { attributeLabel, attributeSentences, sentencePiece } from "./product-copy";
import type { RankedSentence } from "./rank-sentences";
import { settleDisclaimers } from "./settle-disclaimers";
import { shortSubject, withoutBrandPrefix } from "./subject-copy";

/*
 * Product feed copy for a Google Merchant supplemental feed, from the quoted sources only:
 * - title: the product name, led by the feed's brand when the name lacks it, then the feed's
 *   gender, colour, material and size while the title stays within the 70 characters Shopping
 *   shows (Google's own order for apparel: brand, product, attributes);
 * - description: the product's own description and the other sentences that name this product,
 *   best first, whole sentences up to 5,000 characters, then the brand's disclaimers;
 * - highlights: the feed's attributes and short sentences about the product, none or 2 to 6.
 * Every text passes the Merchant editorial rules (lib/assets/validate/merchant-policy.ts) before
 * it is offered, so nothing promotional, shouted or with contact details is ever written.
 */

const BRAND_KEY = /^(?:brand|marke|hersteller|manufacturer|vendor)$/iu;
const GENDER_KEY = /^(?:gender|geschlecht)$/iu;
const TITLE_ATTRIBUTE_KEYS: readonly RegExp[] = [/^(?:colou?r|farbe)$/iu, /^(?:materials?|material)$/iu, /^(?:size|größe|groesse)$/iu];

// Google's gender values are codes; titles say them as people do, unless the name already does.
const GENDER_WORDS: Record<string, Record<"de" | "en", string>> = {
  male: { en: "Men's", de: "Herren" },
  female: { en: "Women's", de: "Damen" },
  unisex: { en: "Unisex", de: "Unisex" },
};
const GENDER_IN_NAME = /(?<![\p{L}])(?:men|mens|men's|women|womens|women's|herren|damen|unisex|male|female)(?![\p{L}])/iu;

const MAX_HIGHLIGHTS = 6;

type TitlePart = CitedPiece;

function feedAttribute(facts: FactBase, key: RegExp) {
  return facts.product?.attributes.find((attribute) => key.test(attribute.key.trim())) ?? null;
}

/** The brand the feed names for the product, when the name does not start with it already. */
function brandPart(facts: FactBase, name: string): TitlePart | null {
  const brand = feedAttribute(facts, BRAND_KEY);
  if (!brand || containsTerm(name, brand.value)) return null;
  return piece(brand.value.trim(), [brand.sourceId]);
}

function genderPart(facts: FactBase, name: string): TitlePart | null {
  const gender = feedAttribute(facts, GENDER_KEY);
  if (!gender || GENDER_IN_NAME.test(name)) return null;
  const value = gender.value.trim();
  return piece(GENDER_WORDS[value.toLowerCase()]?.[facts.language] ?? value, [gender.sourceId]);
}

/** Colour and material as their values; a single size with its label ("Size M"); a size range is for the variants, not a title. */
function attributeParts(facts: FactBase, name: string): TitlePart[] {
  const parts: TitlePart[] = [];
  const gender = genderPart(facts, name);
  if (gender) parts.push(gender);
  for (const key of TITLE_ATTRIBUTE_KEYS) {
    const attribute = feedAttribute(facts, key);
    if (!attribute || containsTerm(name, attribute.value)) continue;
    const value = attribute.value.trim();
    if (/^(?:size|größe|groesse)$/iu.test(attribute.key.trim())) {
      if (/[,;|]/.test(value)) continue;
      parts.push(piece(`${labelInLanguage("Size", facts.language)} ${value}`, [attribute.sourceId]));
    } else parts.push(piece(value, [attribute.sourceId]));
  }
  return parts;
}

/** "Nordlicht Outdoor Fjell Hardshell-Jacke Herren, Fjordblau": name first, then what fits. */
function title(facts: FactBase, allowedCaps: ReadonlySet<string>): CitedText {
  const max = MERCHANT_LIMITS.title.softMax;
  const name = shortSubject(facts, max);
  if (!name) return EMPTY_TEXT;
  const brand = brandPart(facts, name.text);
  const bases = [brand ? piece(`${brand.text} ${name.text}`, mergeCitations(brand.citations, name.citations)) : null, name].filter((base): base is CitedPiece => base !== null && fits(base.text, max));
  for (const base of bases) {
    let text = base.text;
    let citations = base.citations;
    for (const part of attributeParts(facts, name.text)) {
      const longer = `${text}, ${part.text}`;
      if (fits(longer, max) && isMerchantSafe(part.text, allowedCaps)) {
        text = longer;
        citations = mergeCitations(citations, part.citations);
      }
    }
    const finished = facts.finish(piece(text, citations), { max });
    if (finished && isMerchantSafe(finished.text, allowedCaps) && !isSentenceFragment(finished.text, facts.language)) return finished;
  }
  return EMPTY_TEXT;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether a prose sentence is about this product: it names the model ("Fjell", "Rygg 30"), and
 * names no other model of the same line ("Rygg 55+10" for the Rygg 30) and no other product the
 * sources quote. A product description must describe the product only (Google's rule).
 */
function namesThisProduct(text: string, facts: FactBase, otherNames: readonly string[]): boolean {
  const name = facts.product?.name ?? facts.subject?.text ?? "";
  const words = withoutBrandPrefix(facts, name).split(" ").filter(Boolean);
  const model = words[0];
  if (!model || visibleLength(model) < 3) return false;
  const modelNumber = words[1] && /\p{N}/u.test(words[1]) ? foldForMatching(words[1]) : null;
  const mentions = [...foldForMatching(text).matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(foldForMatching(model))}(?![\\p{L}\\p{N}])(?:\\s+([^\\s,;.:]*\\p{N}[^\\s,;.:]*))?`, "gu"))];
  if (mentions.length === 0) return false;
  if (mentions.some((mention) => mention[1] !== undefined && mention[1] !== modelNumber)) return false;
  return !otherNames.some((other) => containsTerm(text, other));
}

/** The first two words of every other product the sources quote, where they differ from this one's ("Fjell Hardshell-Hose"). */
function otherProductNames(input: ExtractiveInput, facts: FactBase): string[] {
  const own = new Set(facts.product?.chunkIds ?? []);
  const ownKey = foldForMatching(withoutBrandPrefix(facts, facts.product?.name ?? "").split(" ").slice(0, 2).join(" "));
  const names = new Set<string>();
  for (const source of input.sources) {
    if (own.has(source.id)) continue;
    const parsed = parseProductChunk(source);
    if (!parsed) continue;
    const key = withoutBrandPrefix(facts, parsed.name.replace(/…$/u, "")).split(" ").slice(0, 2).join(" ");
    if (key.includes(" ") && foldForMatching(key) !== ownKey) names.add(key);
  }
  return [...names];
}

/** The sentences a description may use, best first: the product's own, then prose that names it. */
function productSentences(input: ExtractiveInput, facts: FactBase, allowedCaps: ReadonlySet<string>): RankedSentence[] {
  const own = new Set(facts.product?.chunkIds ?? []);
  const others = otherProductNames(input, facts);
  return facts.sentences.filter((sentence) => (own.has(sentence.sourceId) || namesThisProduct(sentence.text, facts, others)) && isMerchantSafe(sentence.text, allowedCaps));
}

function description(facts: FactBase, sentences: readonly RankedSentence[], allowedCaps: ReadonlySet<string>): CitedText {
  const max = MERCHANT_LIMITS.description.hardMax;
  const disclaimer = facts.policy.disclaimers.join(" ");
  const room = max - (disclaimer === "" ? 0 : visibleLength(disclaimer) + 1);
  // Without a sentence about the product, its feed attributes in one sentence (no price: that is promotion in Merchant text).
  const details = attributeSentences({ ...facts, attributes: facts.attributes.filter((attribute) => !GENDER_KEY.test(attribute.key)) }, { withPrice: false });
  const pool = sentences.length > 0 ? sentences.map(sentencePiece) : details && isMerchantSafe(details.text, allowedCaps) ? [details] : [];
  const packed = packTexts(pool, room);
  if (packed.length === 0) return EMPTY_TEXT;
  return facts.finish(joinPieces(packed), { max: Math.max(max, visibleLength(disclaimer)), suffix: disclaimer }) ?? EMPTY_TEXT;
}

/** "Weight 420 g" per feed attribute, then short sentences about the product; none rather than a single one (Google needs two). */
function highlights(facts: FactBase, sentences: readonly RankedSentence[], allowedCaps: ReadonlySet<string>): CitedText[] {
  const max = MERCHANT_LIMITS.highlights.maxLength;
  const candidates = [
    ...facts.attributes.filter((attribute) => !GENDER_KEY.test(attribute.key)).map((attribute) => attributeLabel(facts, attribute)),
    ...sentences.map((sentence) => piece(stripFinalPeriod(sentence.text), [sentence.sourceId])),
  ];
  const chosen: CitedText[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (chosen.length >= MAX_HIGHLIGHTS) break;
    const finished = facts.finish(candidate, { max });
    if (!finished || !isMerchantSafe(finished.text, allowedCaps)) continue;
    const key = foldForMatching(finished.text);
    if (seen.has(key)) continue;
    seen.add(key);
    chosen.push(finished);
  }
  return chosen.length >= MERCHANT_LIMITS.highlights.min ? chosen : [];
}

/** Product feed copy (Google Merchant supplemental feed) from the quoted sources only. */
export function writeMerchantFeed(input: ExtractiveInput): WithOmissions<MerchantFeed> {
  const facts = buildFactBase(input, "merchant-feed");
  const allowedCaps = merchantAllowedCaps([facts.brief.brandName, facts.brief.product?.title ?? ""]);
  const sentences = facts.hasFacts ? productSentences(input, facts, allowedCaps) : [];
  return settleDisclaimers(
    {
      kind: "merchant-feed",
      language: facts.language,
      // The feed's own key, from the brief: never written, only copied.
      productId: facts.brief.product?.productId ?? "",
      title: facts.hasFacts ? title(facts, allowedCaps) : EMPTY_TEXT,
      description: facts.hasFacts ? description(facts, sentences, allowedCaps) : EMPTY_TEXT,
      highlights: facts.hasFacts ? highlights(facts, sentences, allowedCaps) : [],

      omissions: mergeOmissions(merchantOfferOmissions(facts.brief.goal), facts.omissions),
    },
    facts.policy,
  );
}
