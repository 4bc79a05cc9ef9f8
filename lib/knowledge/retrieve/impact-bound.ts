/**
 * The stopping rule of the impact-ordered lexical search (lexical.ts). Pure functions, so the
 * rule is unit-tested without a database.
 */

/** What one round read of a term: how many blocks and the lowest block maximum among them. */
export type TermRead = { termId: number; blocks: number; lowest: number };

type Term = { id: number; idf: number };

/** A term is finished when the round asked for all its blocks or got fewer than it asked for. */
function isFinished(depth: number | null, read: TermRead | undefined): boolean {
  return depth === null || !read || read.blocks < depth;
}

/**
 * The most a chunk found in none of the blocks read can score: for every unfinished term, its
 * entries in unread blocks are at most the lowest maximum read (blocks come in descending
 * maximum order), weighted by the term's IDF. Zero when every list was read to the end.
 */
export function unseenScoreBound(terms: Term[], depths: (number | null)[], reads: TermRead[], impactScale: number): number {
  const byTerm = new Map(reads.map((read) => [Number(read.termId), read]));
  let bound = 0;
  terms.forEach((term, index) => {
    const read = byTerm.get(term.id);
    if (isFinished(depths[index]!, read)) return;
    bound += (term.idf * Number(read!.lowest)) / impactScale;
  });
  return bound;
}

/** Unfinished terms are read four times deeper; the last round reads them to the end (null). */
export function nextDepths(terms: Term[], depths: (number | null)[], reads: TermRead[], toTheEnd: boolean): (number | null)[] {
  const byTerm = new Map(reads.map((read) => [Number(read.termId), read]));
  return terms.map((term, index) => {
    const depth = depths[index]!;
    if (isFinished(depth, byTerm.get(term.id))) return depth;
    return toTheEnd ? null : depth! * 4;
  });
}
