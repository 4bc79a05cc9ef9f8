import { holdsForLanguage, type BrandRules, type RuleLanguage } from "@/lib/assets/schemas/brand-rules";
import { containsTerm, foldForMatching, termPattern } from "@/lib/assets/validate/term-match";

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

type FoldedText = { folded: string; starts: number[]; ends: number[] };

/*
 * The brand-rules validator matches terms on folded text (case, umlauts and accents ignored,
 * "Größe" = "groesse"), so replacing must find exactly what it finds. Folding changes lengths
 * (ß → ss), so each folded character remembers the original grapheme it came from.
 */
function foldWithOffsets(text: string): FoldedText {
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  for (const { segment, index } of graphemes.segment(text)) {
    const part = foldForMatching(segment);
    for (let i = 0; i < part.length; i++) {
      starts.push(index);
      ends.push(index + segment.length);
    }
    folded += part;
  }
  return { folded, starts, ends };
}

function matchCase(replacement: string, original: string): string {
  // Sentence-initial "Cheap" becomes "Affordable"; a German noun in `use` keeps its capital.
  const first = original.charAt(0);
  return first !== first.toLocaleLowerCase() ? replacement.charAt(0).toLocaleUpperCase() + replacement.slice(1) : replacement;
}

/**
 * The inflection ending the match carries beyond the avoided word ("wasserdicht|e"), kept on
 * the replacement so "eine wasserdichte Jacke" becomes "eine wetterfeste Jacke", not "wetterfest".
 */
function inflectionOf(match: string, avoid: string, use: string): string {
  const lastWord = foldForMatching(avoid).trim().split(/\s+/).pop() ?? "";
  if (lastWord === "" || !/\p{L}$/u.test(use)) return "";
  const at = match.lastIndexOf(lastWord);
  return at === -1 ? "" : match.slice(at + lastWord.length);
}

function replaceTerm(text: string, avoid: string, use: string): string {
  const pattern = termPattern(avoid);
  if (pattern === null) return text;
  const { folded, starts, ends } = foldWithOffsets(text);
  const replacements: { start: number; end: number; ending: string }[] = [];
  for (const match of folded.matchAll(new RegExp(pattern.source, "gu"))) {
    if (match[0].length === 0) continue;
    replacements.push({ start: starts[match.index]!, end: ends[match.index + match[0].length - 1]!, ending: inflectionOf(match[0], avoid, use) });
  }
  let result = text;
  for (const { start, end, ending } of replacements.reverse()) {
    result = result.slice(0, start) + matchCase(use, result.slice(start, end)) + ending + result.slice(end);
  }
  return result;
}

/**
 * Replaces every term the brand avoids by the one it prefers ("Kunde" → "Kundin oder Kunde").
 * Pairs limited to another language than the text's are skipped: an English "rucksack → backpack"
 * leaves the German "Rucksack" alone. A text that already uses a preferred phrase containing the
 * avoided word is left alone, as the validator does, so applying this twice changes nothing more.
 */
export function applyPreferredTerms(text: string, preferred: BrandRules["preferredTerms"], language: RuleLanguage = null): string {
  let result = text.normalize("NFC");
  for (const { avoid, use } of preferred.filter((pair) => holdsForLanguage(pair, language))) {
    if (avoid.trim() === "" || !containsTerm(result, avoid)) continue;
    if (containsTerm(use, avoid) && containsTerm(result, use)) continue;
    result = replaceTerm(result, avoid, use);
  }
  return result;
}
