import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { RequiredDisclaimer } from "@/lib/assets/schemas/brand-rules";
import { detectLanguage } from "@/lib/rag/language";
import { languageNamedIn } from "./guide-structure";

/*
 * A disclaimer item names the text (usually quoted) and, around it, when it applies:
 *   „Preise inkl. MwSt.“ – in allen Meta-Anzeigen
 *   Only for sleeping bags: "Comfort ratings per EN 13537."
 *   "Water column measured per ISO 811." (only when a water column in mm is stated)
 * Conditions that are not read stay empty, which makes the disclaimer apply more widely: the admin
 * sees the evidence next to the proposal and narrows it.
 */

const QUOTED_TEXT = /["„“”»«]([^"„“”»«]{6,300})["“”«»]/u;
const CONDITION_WORDS = /\b(only|nur|when|wenn|if|falls|sobald|where|wo|for|für|bei|in|on|auf)\b/iu;

// "Instagram posts" and "LinkedIn-Beiträge" are organic posts, not the networks' ads.
const POST_WORDS = "(?:posts?|beitr(?:ä|ae)ge?n?|captions?)\\b";

const KIND_WORDS: [AssetKind, RegExp][] = [
  ["meta-ad", new RegExp(`\\b(?:meta|facebook|instagram)\\b(?![- ]?${POST_WORDS})`, "iu")],
  ["google-rsa", /\b(google|search ads?|suchanzeigen?|rsa)\b/iu],
  ["linkedin-ad", new RegExp(`\\blinkedin\\b(?![- ]?${POST_WORDS})`, "iu")],
  ["linkedin-post", new RegExp(`\\blinkedin[- ]?${POST_WORDS}`, "iu")],
  ["instagram-post", new RegExp(`\\binstagram[- ]?${POST_WORDS}`, "iu")],
  ["x-post", new RegExp(`\\b(?:x|twitter)[- ]?${POST_WORDS}|\\btweets?\\b`, "iu")],
  ["email", /\b(e-?mails?|newsletter\p{L}*|mailings?)\b/iu],
  // Blog words only: "Artikel" alone is a shop's word for a product ("alle Artikel inkl. MwSt.").
  ["article", /\b(blogs?|blogartikeln?|blogbeitr(?:a|ä)ge?n?|blog ?posts?|blog articles?|ratgeberartikeln?)\b/iu],
  ["merchant-feed", /\b(merchant center|google shopping|shopping[- ]feeds?|product ?feeds?|produktfeeds?|produkt-feeds?)\b/iu],
  ["seo-page", /\b(seo|landing ?pages?|landingpages?|web ?pages?|product pages?|produktseiten?|webseiten?)\b/iu],
];

const UNITS = /(?<![\p{L}])(mm|cm|kg|g|°c|ml|l|%|km)(?![\p{L}])/iu;
// "Not followed by a letter" as (?:[^\p{L}]|$), not a lookahead: patterns run on RE2 (linear-regex.ts), which has none.
const MEASURED_VALUE = "\\d[\\d.,]*\\s?(?:mm|cm|m|kg|g|°C|ml|l|%)(?:[^\\p{L}]|$)";

function splitTextAndCondition(item: string): { text: string; condition: string } | null {
  const quoted = QUOTED_TEXT.exec(item);
  if (quoted) return { text: quoted[1]!.trim(), condition: (item.slice(0, quoted.index) + " " + item.slice(quoted.index + quoted[0].length)).trim() };
  // Unquoted: "Condition: text" when the part before the colon reads as a condition, else "text – condition".
  const colon = /^([^:]{3,80}):\s+(.+)$/u.exec(item);
  if (colon && CONDITION_WORDS.test(colon[1]!)) return { text: colon[2]!.trim(), condition: colon[1]! };
  const dash = /^(.+?)\s+[–—]\s+(.+)$/u.exec(item) ?? /^(.+?[.!])\s*\((.+)\)$/u.exec(item);
  if (dash) return { text: dash[1]!.trim(), condition: dash[2]! };
  // "Wassersäule nach EN 343 (nur bei Google-Anzeigen)": a closing parenthesis that reads as a
  // condition is one even without a full stop before it; any other parenthesis stays text.
  const parenthesis = /^(.+?)\s*\(([^()]+)\)$/u.exec(item);
  if (parenthesis && CONDITION_WORDS.test(parenthesis[2]!)) return { text: parenthesis[1]!.trim(), condition: parenthesis[2]! };
  return item.split(/\s+/).length >= 3 ? { text: item.trim(), condition: "" } : null;
}

function kindsIn(condition: string): AssetKind[] {
  return KIND_WORDS.filter(([, pattern]) => pattern.test(condition)).map(([kind]) => kind);
}

/** "only for sleeping bags", "nur bei Schlafsäcken": the product category the note is limited to. */
function categoriesIn(condition: string): string[] {
  const match = /\b(?:only (?:for|on)|just for|nur (?:bei|für|auf))\s+(?:the |our |all |den |die |der |unseren |allen )?([\p{L}][\p{L}\s-]{2,40}?)(?=\s*(?:[,.;:)]|$|\bwhen\b|\bwenn\b|\bif\b|\bwhere\b|\bsobald\b))/iu.exec(condition);
  if (!match) return [];
  const phrase = match[1]!.trim();
  // "only for Meta ads", "nur bei Preisangaben": kinds and statements are not categories.
  if (kindsIn(phrase).length > 0 || /\b(ads?|anzeigen?|copy|texte?|posts?|pages?|seiten?|prices?|preis\w*|angaben?|values?|werte?)\b/iu.test(phrase)) return [];
  return [phrase];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * "when a measured value in mm is stated" → a number with that unit; "wenn eine Wassersäule
 * genannt wird" → the word itself; "when a measured value is stated" → any number with a unit.
 */
function patternIn(condition: string): string | null {
  const clause = /\b(?:when|if|where|whenever|wenn|falls|sobald|wo)\b(.+)$/iu.exec(condition)?.[1];
  if (!clause) return null;
  const unit = UNITS.exec(clause);
  if (unit) return `\\d[\\d.,]*\\s?${escapeRegExp(unit[1]!)}(?:[^\\p{L}]|$)`;
  const named = /\b(?:a|an|the|any|ein|eine|einen|die|der|das)\s+([\p{L}-]+(?:\s[\p{L}-]+)?)\s+(?:is |are |wird |werden |ist )?(?:stated|mentioned|named|given|shown|quoted|genannt|angegeben|erwähnt|steht|vorkommt)/iu.exec(clause);
  if (!named) return null;
  const noun = named[1]!.trim();
  if (/\b(measured value|measurement|value|number|messwert|wert|zahl)\b/iu.test(noun)) return MEASURED_VALUE;
  return escapeRegExp(noun);
}

/** The disclaimers one guide line asks for: one per asset kind it names, or one for every kind. */
export function readDisclaimers(item: string, sectionLanguage: "de" | "en" | null, guideLanguage: "de" | "en"): RequiredDisclaimer[] {
  const parts = splitTextAndCondition(item);
  if (!parts || parts.text.split(/\s+/).length < 2) return [];
  const { text, condition } = parts;
  const kinds = kindsIn(condition);
  const categories = categoriesIn(condition);
  const pattern = patternIn(condition);
  // A German note in English copy is wrong: without a named language the note's own language
  // decides (too short to tell: the guide's).
  const language = languageNamedIn(condition) ?? sectionLanguage ?? ((text.match(/\p{L}/gu)?.length ?? 0) >= 20 ? detectLanguage(text) : guideLanguage);
  const base = { language, text, ...(categories.length > 0 ? { categories } : {}), ...(pattern ? { pattern } : {}) };
  return kinds.length === 0 ? [{ channel: null, ...base }] : kinds.map((channel) => ({ channel, ...base }));
}
