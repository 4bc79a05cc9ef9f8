import type { QuotedSource } from "@/lib/ai/local-models/extractive/read-prompt";
import { splitSentencesKeepingDates } from "./date-sentences";
import { detectLanguage } from "@/lib/rag/language";
import type { Language } from "@/lib/rag/text/tokenize";
import { normalizeSpaces } from "./fit-text";
import type { ParsedProductChunk } from "./product-facts";
import { classifySentence, isCopyKind } from "./sentence-kinds";
import { topicHeading } from "./topic-heading";

export type SourceSentence = {
  text: string;
  sourceId: string;
  /** What the passage is about: the markdown heading above the sentence, else the source's section or title. */
  heading: string;
  /**
   * The heading as a topic a customer's page may name in an H2, or null when it is a file name, a
   * one-word source title or a heading of the brand's own rules ("3. Bevorzugte Begriffe").
   */
  topic: string | null;
  language: Language;
  /** Position across the whole prompt: the tie-breaker that keeps every ranking deterministic. */
  order: number;
  /** The product whose description holds the sentence, or null for prose pages. */
  productName: string | null;
  isQuestion: boolean;
};

/** A question the sources ask and answer themselves (FAQ pages): the best FAQ material there is. */
export type SourceFaq = { question: SourceSentence; answer: SourceSentence[] };

// Writing rules for the brand are instructions to writers, not copy: "Never call the jacket
// cheap" must not end up in an ad. Recognised by the source's title or section.
// ("Care guidelines" is content and stays.)
const STYLE_GUIDE = /\b(?:brand voice|tone of voice|voice (?:and|&) tone|style ?guides?|(?:brand|writing|editorial|style|content) guidelines?|writing guide|tonalität|markenstimme|markenrichtlinien|schreibstil|schreibregeln|sprachleitfaden|redaktionsleitfaden|styleguide)\b/i;

const LIST_MARKER = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+/;
const MAX_SENTENCE_CHARS = 400;

export function isStyleGuide(source: QuotedSource): boolean {
  return STYLE_GUIDE.test(`${source.title} ${source.section ?? ""}`);
}

/** Markdown reduced to the words a reader sees: links keep their text, emphasis marks go. */
function cleanMarkdown(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__|`)/g, "")
    .replace(/^\s*>\s?/, "");
}

export function headingOf(source: QuotedSource): string {
  const section = source.section?.split("›").map((part) => part.trim()).filter(Boolean).pop();
  return normalizeSpaces(section ?? source.title.replace(/\.(?:md|markdown|txt|html?|pdf)$/i, "").replace(/[_]+/g, " "));
}

function usable(sentence: string, fromList: boolean): boolean {
  if (sentence.length > MAX_SENTENCE_CHARS || !/\p{L}/u.test(sentence)) return false;
  if (/https?:\/\/|www\./i.test(sentence)) return false;
  // Chunk windows overlap and may start or end mid-sentence: a fragment starts in lowercase or
  // lacks its final mark. List items end without a full stop by nature.
  if (/^\p{Ll}/u.test(sentence)) return false;
  const words = sentence.split(" ").length;
  const isQuestion = sentence.endsWith("?");
  if (words < (isQuestion ? 2 : 3)) return false;
  return fromList || /[.!?]["“”»«']?$/u.test(sentence);
}

type Extracted = { sentences: SourceSentence[]; faqs: SourceFaq[] };

/**
 * Sentences of every usable source, tagged with where they come from. For a product chunk only
 * the description counts (its fact lines are read as facts). Headings, tables and code are
 * skipped; list items become sentences with a full stop, which adds punctuation but no words.
 */
export function extractSentences(sources: readonly QuotedSource[], products: ReadonlyMap<string, ParsedProductChunk>): Extracted {
  const sentences: SourceSentence[] = [];
  const faqs: SourceFaq[] = [];
  let order = 0;
  for (const source of sources) {
    if (isStyleGuide(source)) continue;
    const product = products.get(source.id) ?? null;
    const body = product ? product.description : source.text;
    if (body.trim() === "") continue;
    const language = detectLanguage(body);
    let heading = product ? product.name : headingOf(source);
    let topic = product ? null : topicHeading(heading, { fromTitle: !source.section });
    const own: SourceSentence[] = [];
    let inCode = false;
    for (const rawLine of body.split("\n")) {
      const line = rawLine.trim();
      if (line.startsWith("```")) inCode = !inCode;
      if (inCode || line.startsWith("```") || line.startsWith("|") || line === "") continue;
      const markdownHeading = /^#{1,6}\s+(.+)$/.exec(line);
      if (markdownHeading) {
        // A heading phrased as a question opens an FAQ entry; any other heading names the section.
        const text = normalizeSpaces(cleanMarkdown(markdownHeading[1]!));
        if (text.endsWith("?") && usable(text, false) && isCopyKind(classifySentence(text))) {
          own.push({ text, sourceId: source.id, heading, topic, language, order: order++, productName: product?.name ?? null, isQuestion: true });
        } else {
          heading = text;
          topic = topicHeading(text, { fromTitle: false });
        }
        continue;
      }
      // The whole line first: a numbered heading or a language marker is only visible before
      // the list marker is stripped ("3. Bevorzugte Begriffe", "EN: …").
      const lineKind = classifySentence(cleanMarkdown(line));
      if (lineKind === "language-marker") continue;
      if (lineKind === "heading") {
        heading = normalizeSpaces(cleanMarkdown(line).replace(/:\s*$/, ""));
        topic = topicHeading(heading, { fromTitle: false });
        continue;
      }
      const fromList = LIST_MARKER.test(line);
      const cleaned = cleanMarkdown(line.replace(LIST_MARKER, ""));
      for (const sentence of splitSentencesKeepingDates(cleaned, language)) {
        if (!usable(sentence, fromList)) continue;
        // Notes to writers, list labels and rule talk are never copy.
        if (!isCopyKind(classifySentence(sentence))) continue;
        const text = /[.!?]["“”»«']?$/u.test(sentence) ? sentence : `${sentence}.`;
        own.push({ text, sourceId: source.id, heading, topic, language, order: order++, productName: product?.name ?? null, isQuestion: text.endsWith("?") });
      }
    }
    sentences.push(...own);
    faqs.push(...pairQuestions(own));
  }
  return { sentences, faqs };
}

/** A question followed by statements in the same source: the statements (up to two) answer it. */
function pairQuestions(sentences: readonly SourceSentence[]): SourceFaq[] {
  const faqs: SourceFaq[] = [];
  sentences.forEach((sentence, index) => {
    if (!sentence.isQuestion) return;
    const answer: SourceSentence[] = [];
    for (const next of sentences.slice(index + 1)) {
      if (next.isQuestion || answer.length === 2) break;
      answer.push(next);
    }
    if (answer.length > 0) faqs.push({ question: sentence, answer });
  });
  return faqs;
}
