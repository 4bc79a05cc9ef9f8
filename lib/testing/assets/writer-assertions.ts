/*
 * Checks the writer tests share: the grounding rule restated independently of the validator
 * (every number of a cited field is in a chunk it cites) and the extractive rule (every word
 * comes from the sources, the brief or the fixed templates, so nothing is invented or cut).
 */
import type { QuotedSource } from "@/lib/ai/local-models/extractive/read-prompt";
import type { PromptBrief } from "@/lib/assets/generate/brief";
import type { Asset } from "@/lib/assets/schemas/asset";
import { citedFields } from "@/lib/assets/validate/cited-fields";
import { extractNumbers, numbersMatch } from "@/lib/assets/validate/numbers";
import { visibleTextFields } from "@/lib/assets/validate/visible-text";
import { PHRASES } from "@/lib/assets/generate/local-writers/phrases";
import { COMMON_ATTRIBUTE_LABELS } from "@/lib/assets/generate/local-writers/copy-attributes";

/** Numbers of cited fields that no cited chunk states, as "path: number". */
export function unsupportedNumbers(asset: Asset, sources: readonly QuotedSource[]): string[] {
  const texts = new Map(sources.map((source) => [source.id, source.text]));
  const problems: string[] = [];
  for (const field of citedFields(asset)) {
    // Link texts name their target page and are not claims (the validator skips them too).
    if (!field.factual) continue;
    const cited = field.citations.flatMap((id) => extractNumbers(texts.get(id) ?? ""));
    for (const number of extractNumbers(field.text)) {
      if (!cited.some((candidate) => numbersMatch(number, candidate))) problems.push(`${field.path}: ${number.raw}`);
    }
  }
  return problems;
}

function words(text: string): string[] {
  return (text.normalize("NFC").toLocaleLowerCase().match(/\p{L}+/gu) ?? []);
}

/** Every word the writers may use for this brief: source words, brief data, template words. */
function vocabulary(brief: PromptBrief, sources: readonly QuotedSource[]): Set<string> {
  const phrases = PHRASES[brief.language];
  const templateText = Object.values(phrases)
    // A digit fills each slot: a letter would add a word, an empty slot picks a template's other branch.
    .map((value) => (typeof value === "string" ? value : typeof value === "object" ? Object.values(value).join(" ") : (value as (...args: string[]) => string)("0", "0", "0")))
    .join(" ");
  // A preferred term keeps the inflection of the word it replaces ("wasserdichte" → "wetterfeste").
  const preferred = brief.brandRules.preferredTerms.flatMap((term) => words(term.use)).flatMap((word) => ["", "e", "en", "er", "es", "em", "s", "n", "d"].map((ending) => word + ending));
  const briefText = [brief.brandName, brief.topic, brief.product?.title ?? "", ...brief.knownUrls.map((known) => known.title), ...brief.brandRules.requiredDisclaimers.map((d) => d.text), ...(brief.brandRules.hashtags ?? [])].join(" ");
  return new Set([...preferred, ...words([templateText, briefText, ...COMMON_ATTRIBUTE_LABELS.map((names) => names[brief.language]), "a an", ...sources.map((source) => `${source.title} ${source.text}`)].join(" "))]);
}

/** Words of visible copy that are in no source, no brief field and no template: invented or cut. */
export function foreignWords(asset: Asset, brief: PromptBrief, sources: readonly QuotedSource[]): string[] {
  const known = vocabulary(brief, sources);
  const found = new Set<string>();
  for (const field of visibleTextFields(asset)) {
    // Display paths join words with hyphens; split them the same way.
    for (const word of words(field.text)) if (!known.has(word)) found.add(`${field.path}: ${word}`);
  }
  return [...found];
}

export function visibleTexts(asset: Asset): string[] {
  return visibleTextFields(asset).map((field) => field.text);
}
