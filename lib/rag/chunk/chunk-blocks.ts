import { splitIntoWindows } from "@/lib/rag/chunk/split-text";
import type { DocumentBlock } from "@/lib/rag/parse/types";
import { normalizeText } from "@/lib/rag/text/normalize";
import { countTokens } from "@/lib/rag/text/tokenize";

/** The unit of retrieval and citation. `text` is an exact excerpt, without the heading trail. */
export type Chunk = { ordinal: number; sectionPath: string[]; text: string; tokenCount: number };

export type ChunkOptions = { maxTokens?: number; overlapTokens?: number };

// About a screen of text: small enough to cite precisely, large enough to keep an argument.
export const DEFAULT_MAX_TOKENS = 300;
export const DEFAULT_OVERLAP_TOKENS = 50;

export function resolveChunkOptions(options: ChunkOptions = {}): { maxTokens: number; overlapTokens: number } {
  const maxTokens = options.maxTokens ?? DEFAULT_MAX_TOKENS;
  const overlapTokens = options.overlapTokens ?? DEFAULT_OVERLAP_TOKENS;
  if (!Number.isInteger(maxTokens) || maxTokens < 1) throw new RangeError(`maxTokens must be a positive integer, got ${maxTokens}`);
  if (!Number.isInteger(overlapTokens) || overlapTokens < 0 || overlapTokens >= maxTokens) {
    throw new RangeError(`overlapTokens must be an integer from 0 to maxTokens - 1, got ${overlapTokens}`);
  }
  return { maxTokens, overlapTokens };
}

/**
 * Structure-aware chunking: a heading closes the current chunk and sets the section trail;
 * paragraphs gather until `maxTokens`; a paragraph longer than that is cut into overlapping
 * windows. No chunk crosses a heading, none is empty, ordinals run 0..n-1.
 */
export function chunkBlocks(blocks: DocumentBlock[], options?: ChunkOptions): Chunk[] {
  const { maxTokens, overlapTokens } = resolveChunkOptions(options);
  const chunks: Chunk[] = [];
  const trail: { level: number; text: string }[] = [];
  let parts: string[] = [];
  let partTokens = 0;

  const emit = (text: string) => {
    chunks.push({ ordinal: chunks.length, sectionPath: trail.map((heading) => heading.text), text, tokenCount: countTokens(text) });
  };
  const flush = () => {
    if (parts.length > 0) emit(parts.join("\n\n"));
    parts = [];
    partTokens = 0;
  };

  for (const block of blocks) {
    const text = normalizeText(block.text);
    if (block.kind === "heading") {
      flush();
      // A heading replaces its own level and everything below it in the trail.
      while ((trail[trail.length - 1]?.level ?? 0) >= block.level) trail.pop();
      if (text) trail.push({ level: block.level, text: text.replace(/\n/g, " ") });
      continue;
    }
    if (!text) continue;
    const tokens = countTokens(text);
    if (tokens > maxTokens) {
      flush();
      for (const window of splitIntoWindows(text, { maxTokens, overlapTokens })) emit(window);
      continue;
    }
    if (partTokens + tokens > maxTokens) flush();
    parts.push(text);
    partTokens += tokens;
  }
  flush();
  return chunks;
}
