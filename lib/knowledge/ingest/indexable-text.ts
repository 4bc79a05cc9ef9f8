/**
 * What gets embedded and indexed for a chunk: its section headings, then its text. A passage
 * under "Words we avoid" rarely repeats those words, yet that is what people search for. The
 * stored chunk text (what is cited and shown) stays the passage alone.
 */
export function indexableText(chunk: { sectionPath: string[]; text: string }): string {
  return chunk.sectionPath.length > 0 ? `${chunk.sectionPath.join(" › ")}\n\n${chunk.text}` : chunk.text;
}
