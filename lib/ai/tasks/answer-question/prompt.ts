import type { RetrievedChunk } from "@/lib/knowledge/retrieve/retrieve";
import { formatRetrievedContext } from "@/lib/knowledge/retrieve/context";

/** Bump whenever the wording changes: every answer reports it. */
export const ANSWER_PROMPT_VERSION = "answer-question@2";

export const ANSWER_INSTRUCTIONS = [
  "You answer questions for a marketing team using only the brand's own content.",
  "No source, no claim: if the sources do not contain the answer, say so.",
  "After each statement, cite the id of the source it rests on in square brackets, e.g. [chk_abc].",
  'When a statement rests on a source marked role="internal note", say that it comes from an internal note that is not for publication.',
].join(" ");

/** The retrieved passages quoted as data, then the (already redacted) question. */
export function buildAnswerPrompt(sources: RetrievedChunk[], question: string) {
  const context = formatRetrievedContext(sources);
  return { context, prompt: `${context}\n\nQuestion: ${question}` };
}
