import { isStopword, splitWords, type Language } from "@/lib/rag/text/tokenize";

const LANGUAGES: readonly Language[] = ["en", "de"];

/**
 * The languages a query is stemmed in. Chunks are indexed in their own language; a query's is a
 * guess. Trigram detection (franc) is unreliable on a sentence or less ("brand voice
 * guidelines" comes out German), so the evidence here is function words: a word that is a
 * stopword in one language only ("the", "of", "by" / "der", "und", "für"). When one language
 * has more of them the query is stemmed in it alone; otherwise (none, or a tie) in both, as
 * short keyword queries always were. On SciFact's English claims the stems of the wrong
 * language only added noise (BENCHMARKS.md, issue 21).
 */
export function queryLanguages(query: string): Language[] {
  const evidence: Record<Language, number> = { en: 0, de: 0 };
  for (const word of splitWords(query)) {
    const inLanguages = LANGUAGES.filter((language) => isStopword(word, language));
    if (inLanguages.length === 1) evidence[inLanguages[0]!]++;
  }
  if (evidence.en > evidence.de) return ["en"];
  if (evidence.de > evidence.en) return ["de"];
  return [...LANGUAGES];
}
