import { copyFields } from "./copy-fields";
import { detectLanguage } from "./language";
import { disclaimerTexts } from "./rule-checks";
import type { Check } from "./types";
import { normalizeSentence, quote, splitSentences, withoutTexts, wordCount } from "./text";

// A guide heading ("Bevorzugte Begriffe") is meta-text when it is a whole copy sentence; a longer
// piece of a guide sentence is meta-text wherever it appears.
const MIN_WORDS_EQUAL = 2;
const MIN_WORDS_CONTAINED = 4;

/** The sentences of the guides, campaign instructions and internal notes, normalized. */
export function metaSentences(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((t) => splitSentences(t.replace(/^#+\s*/gm, ""))).map(normalizeSentence))].filter((s) => wordCount(s) >= MIN_WORDS_EQUAL);
}

export const metaTextCheck: Check = {
  id: "no-meta-text",
  run: (context) => {
    const meta = metaSentences(context.kit.metaTexts);
    return copyFields(context.output.content).flatMap((f) => {
      const text = withoutTexts(f.text, disclaimerTexts(context));
      const field = normalizeSentence(text);
      const sentences = splitSentences(text).map(normalizeSentence);
      const hits = meta.filter(
        (m) =>
          (wordCount(m) >= MIN_WORDS_CONTAINED && field.includes(m)) ||
          sentences.some((s) => m === s || (wordCount(s) >= MIN_WORDS_CONTAINED && m.includes(s))),
      );
      return hits.map((hit) => `${f.path} repeats guide or instruction text ${quote(hit)}: ${quote(f.text)}`);
    });
  },
};

// "Farbe: Schwarz", "colour: Fjord blue", "EN: Autumn weather", "weight_g: 980": one word and a
// colon at the start of a field or sentence. Letters only, so times ("10:00") are not labels; a
// phrase before a colon ("Autumn light offer: 20% off") is copy, not a label.
const LIST_LABEL = /(?:^|[.!?]\s+|\n)([\p{L}][\p{L}_-]*):\s+\S/gu;

export const listLabelsCheck: Check = {
  id: "no-list-labels",
  run: ({ output }) =>
    copyFields(output.content).flatMap((f) => [...f.text.matchAll(LIST_LABEL)].map(([, label]) => `${f.path} starts with the list label ${quote(`${label}:`)}: ${quote(f.text)}`)),
};

export const languageCheck: Check = {
  id: "language",
  run: (context) => {
    const { brief, output } = context;
    const problems: string[] = [];
    if (output.content.language !== brief.language) problems.push(`the asset says language ${output.content.language}, the brief asked for ${brief.language}`);
    for (const f of copyFields(output.content)) {
      const detected = detectLanguage(withoutTexts(f.text, disclaimerTexts(context)));
      if (detected !== null && detected !== brief.language) problems.push(`${f.path} reads as ${detected}, the brief asked for ${brief.language}: ${quote(f.text)}`);
    }
    return problems;
  },
};
