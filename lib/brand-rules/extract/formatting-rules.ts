import type { FormattingRules, PriceFormat } from "@/lib/assets/schemas/brand-rules";
import { findStatedPrices } from "@/lib/assets/brand/price-format";
import { languageNamedIn } from "./guide-structure";

/*
 * Formatting rules guides state in a sentence, wherever it stands: the German address form
 * ("Wir duzen", "We address customers with Sie"), exclamation marks, sentence case, and price
 * examples ("Preise schreiben wir 129,00 €", "Prices: €129.00"). Each reader returns only the
 * settings the sentence states.
 */

const NEGATION = /\b(not?|nicht|never|nie|niemals|kein\w*)\s+$/iu;

function formalityIn(line: string): "sie" | "du" | null {
  const sie = /\b(siezen|siezt|Sie-Form)\b|\b(?:address|addresses|ansprechen|sprechen|reden)\b[^.]{0,50}?["„“'‚]?\bSie\b|\bformal\s+["„“'‚]?Sie\b|\bmit\s+["„“'‚]?Sie["“”'‘]?\s+an\b/u.exec(line);
  const du = /\b(duzen|duzt|Du-Form)\b|\b(?:address|addresses|ansprechen|sprechen|reden|uses?)\b[^.]{0,50}?["„“'‚]du["“”'‘]|\b(?:address|addresses)\b[^.]{0,50}?\bdu\b|\bmit\s+["„“'‚]?du["“”'‘]?\s+an\b/iu.exec(line);
  const affirmed = (match: RegExpExecArray | null) => match !== null && !NEGATION.test(line.slice(0, match.index));
  if (affirmed(sie) && !affirmed(du)) return "sie";
  if (affirmed(du) && !affirmed(sie)) return "du";
  return null;
}

function noExclamationMarks(line: string): boolean {
  return /\b(no|never|avoid|without|don['’]?t use|do not use|keine|nie|niemals|ohne|verzicht\w*)\b[^.]{0,40}\b(exclamation|ausrufezeichen)/iu.test(line)
    || /\b(exclamation marks?|ausrufezeichen)\b[^.]{0,30}\b(never|not|nicht|verboten|tabu|avoid|vermeiden|verzicht\w*|are banned)\b/iu.test(line);
}

function sentenceCase(line: string): boolean {
  return /\bsentence case\b|\bsatzschreibung\b|\b(no|not in|kein\w*)\s+title case\b|\bnur das erste wort (?:wird )?gro(?:ß|ss)/iu.test(line);
}

/** A price example's format; the part after "not"/"nicht"/"statt" is the counter-example and is skipped. */
function priceFormatsIn(line: string, guideLanguage: "de" | "en"): Partial<Record<"de" | "en", PriceFormat>> {
  if (!/\b(price|prices|preis\w*|pricing)\b/iu.test(line)) return {};
  const positive = line.split(/\b(?:not|nicht|statt|instead of|rather than|never|nie|falsch|wrong)\b|[✗❌]/iu)[0]!;
  const formats: Partial<Record<"de" | "en", PriceFormat>> = {};
  for (const price of findStatedPrices(positive)) {
    const decimals = /[.,]\d{2}(?!\d)/u.exec(price.text);
    // The decimal separator tells the language ("129,00" German, "129.00" English); a whole
    // amount does not, then the line or the guide does.
    const language = decimals ? (decimals[0].startsWith(",") ? "de" : "en") : (languageNamedIn(line) ?? guideLanguage);
    if (formats[language]) continue;
    const symbolFirst = /^[^\d]/u.test(price.text);
    formats[language] = { decimals: decimals ? "always" : "when-needed", symbol: symbolFirst ? "before" : "after", space: /\d[\s\u00a0\u202f]+\D|\D[\s\u00a0\u202f]+\d/u.test(price.text) };
  }
  return formats;
}

/** Every formatting setting one guide line states, each as its own proposal. */
export function readFormattingRules(line: string, guideLanguage: "de" | "en"): FormattingRules[] {
  const rules: FormattingRules[] = [];
  const formality = formalityIn(line);
  if (formality) rules.push({ formality });
  if (noExclamationMarks(line)) rules.push({ exclamationMarks: false });
  if (sentenceCase(line)) rules.push({ sentenceCaseHeadlines: true });
  for (const [language, format] of Object.entries(priceFormatsIn(line, guideLanguage))) rules.push({ priceFormat: { [language]: format } });
  return rules;
}
