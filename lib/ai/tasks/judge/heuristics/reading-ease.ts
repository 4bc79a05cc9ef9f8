import type { JudgeCheck, JudgeInput } from "../schema";
import { sentencesOf, wordsOf } from "./text";

/** Below 50 both scales read as "difficult" (academic prose); marketing copy should not be. */
export const MIN_READING_EASE = 50;
/** Too little text gives a meaningless score (three headlines say nothing about readability). */
const MIN_WORDS = 30;

/**
 * Vowel groups, the usual approximation. German diphthongs (ei, au, eu, äu, ie) are one group
 * already; an English silent final "e" ("make") is not a syllable.
 */
export function countSyllables(word: string, language: "de" | "en"): number {
  const lower = word.toLowerCase();
  let groups = lower.match(/[aeiouyäöü]+/g)?.length ?? 0;
  if (language === "en" && groups > 1 && /[^aeiouy]e$/.test(lower) && !/[^aeiouy]le$/.test(lower)) groups -= 1;
  return Math.max(1, groups);
}

/** Flesch reading ease (English) or Amstad's German adaptation of it; higher is easier. */
export function readingEase(texts: readonly string[], language: "de" | "en"): { score: number; words: number } {
  const sentences = sentencesOf(texts);
  const words = sentences.flatMap((sentence) => wordsOf(sentence));
  if (words.length === 0) return { score: 100, words: 0 };
  const wordsPerSentence = words.length / sentences.length;
  const syllablesPerWord = words.reduce((sum, word) => sum + countSyllables(word, language), 0) / words.length;
  const score = language === "de" ? 180 - wordsPerSentence - 58.5 * syllablesPerWord : 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
  return { score: Math.round(score), words: words.length };
}

export function checkReadingEase(input: JudgeInput): JudgeCheck | null {
  const { score, words } = readingEase(input.fields.map((field) => field.text), input.language);
  if (words < MIN_WORDS) return null;
  const scale = input.language === "de" ? "Amstad" : "Flesch";
  const label = "Reading ease";
  if (score >= MIN_READING_EASE) return { id: "reading_ease", label, passed: true, reason: `${scale} reading ease ${score} (at least ${MIN_READING_EASE}).` };
  return { id: "reading_ease", label, passed: false, reason: `${scale} reading ease ${score} is below ${MIN_READING_EASE}: use shorter sentences and shorter words.` };
}
