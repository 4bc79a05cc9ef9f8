import type { Article } from "@/lib/assets/schemas/article";

export type Footnote = { chunkId: string; number: number };

/**
 * Footnote numbers for the article preview: the card's source-list numbering, so "[2]" means
 * the same passage there as in the fields' citation chips; chunk ids not among the sources
 * (while streaming, or an unknown citation) are numbered after them in order of appearance.
 * `footnotes` lists only what the lead and the paragraphs cite, by number.
 */
export function articleFootnotes(article: Pick<Article, "lead" | "sections">, sourceIds: readonly string[]): { numbers: ReadonlyMap<string, number>; footnotes: Footnote[] } {
  const numbers = new Map(sourceIds.map((id, index) => [id, index + 1]));
  const cited = [article.lead, ...article.sections.flatMap((section) => section.paragraphs)].flatMap((field) => field.citations);
  for (const id of cited) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  const citedIds = new Set(cited);
  const footnotes = [...numbers].filter(([id]) => citedIds.has(id)).map(([chunkId, number]) => ({ chunkId, number })).sort((a, b) => a.number - b.number);
  return { numbers, footnotes };
}

/** "[1][3]" for a field's citations, each passage once. */
export function footnoteMarkers(citations: readonly string[], numbers: ReadonlyMap<string, number>): string {
  return [...new Set(citations)].map((id) => `[${numbers.get(id) ?? "?"}]`).join("");
}
