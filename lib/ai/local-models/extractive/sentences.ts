import type { Language } from "@/lib/rag/text/tokenize";

const segmenters = new Map<Language, Intl.Segmenter>();

/** Sentences of a passage (ICU sentence rules: "z. B." and "3.5 kg" do not end a sentence). */
export function splitSentences(text: string, language: Language): string[] {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
    segmenters.set(language, segmenter);
  }
  const sentences: string[] = [];
  // Headings and list items end without a full stop: treat line breaks as boundaries too.
  for (const line of text.split(/\n+/)) {
    for (const { segment } of segmenter.segment(line)) {
      const sentence = segment.replace(/\s+/g, " ").trim();
      if (sentence.length > 0) sentences.push(sentence);
    }
  }
  return sentences;
}
