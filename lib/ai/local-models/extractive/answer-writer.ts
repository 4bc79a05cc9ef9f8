import { detectLanguage } from "@/lib/rag/language";
import { tokenizeForSearch } from "@/lib/rag/text/tokenize";
import type { ExtractiveInput } from "./read-prompt";
import { splitSentences } from "./sentences";

const MAX_SENTENCES = 3;
export const NO_ANSWER = {
  en: "The sources do not contain an answer to this question.",
  de: "Die Quellen enthalten keine Antwort auf diese Frage.",
} as const;

/**
 * Extractive answer: the sentences of the quoted sources that share the most search terms with
 * the question (stemmed, stopwords removed), in source order, each followed by the id of the
 * source it comes from. It never writes a word that is not in a source; with no overlap it says
 * the sources do not answer.
 */
export function writeExtractiveAnswer(input: ExtractiveInput): string {
  // Prompts end with "Question: …" (or "Frage: …"); otherwise the whole request is the question.
  const labelled = /^(?:question|frage):\s*(.+)$/im.exec(input.request);
  const question = labelled ? labelled[1]! : input.request;
  const language = detectLanguage(question);
  const questionTerms = new Set(tokenizeForSearch(question, language));
  const scored: { sentence: string; sourceId: string; score: number; order: number }[] = [];
  let order = 0;
  for (const source of input.sources) {
    for (const sentence of splitSentences(source.text, language)) {
      const terms = new Set(tokenizeForSearch(sentence, language));
      let overlap = 0;
      for (const term of terms) if (questionTerms.has(term)) overlap++;
      // Longer sentences match more by chance: a mild length normalisation.
      if (overlap > 0) scored.push({ sentence, sourceId: source.id, score: overlap / Math.sqrt(Math.max(terms.size, 1)), order: order++ });
    }
  }
  if (scored.length === 0) return NO_ANSWER[language];
  const chosen = scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_SENTENCES)
    .sort((a, b) => a.order - b.order);
  return chosen.map((c) => `${c.sentence} [${c.sourceId}]`).join(" ");
}
