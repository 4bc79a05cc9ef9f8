/**
 * The answer-question task's output is text, with the id of each source a statement rests on in
 * square brackets ([chk_…], as the instructions ask). This reads those ids back.
 */
export function citedChunkIds(answer: string): Set<string> {
  return new Set([...answer.matchAll(/\[(chk_[A-Za-z0-9_-]+)\]/g)].map((m) => m[1]!));
}
