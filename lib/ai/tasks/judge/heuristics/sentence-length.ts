import type { JudgeCheck, JudgeInput } from "../schema";
import { excerpt, sentencesOf, wordsOf } from "./text";

/** Longer sentences lose readers of ads and landing pages; the limit is the usual plain-language one. */
export const MAX_SENTENCE_WORDS = 25;

export function checkSentenceLength(input: JudgeInput): JudgeCheck | null {
  const sentences = sentencesOf(input.fields.map((field) => field.text));
  if (sentences.length === 0) return null;
  const long = sentences.map((sentence) => ({ sentence, words: wordsOf(sentence).length })).filter((s) => s.words > MAX_SENTENCE_WORDS);
  const label = "Sentence length";
  if (long.length === 0) return { id: "sentence_length", label, passed: true, reason: `Every sentence has at most ${MAX_SENTENCE_WORDS} words.` };
  const longest = long.reduce((a, b) => (b.words > a.words ? b : a));
  return {
    id: "sentence_length",
    label,
    passed: false,
    reason: `${long.length} sentence${long.length === 1 ? " has" : "s have"} more than ${MAX_SENTENCE_WORDS} words; the longest (${longest.words} words) starts "${excerpt(longest.sentence)}".`,
  };
}
