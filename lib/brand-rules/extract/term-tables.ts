import type { BannedTerm } from "@/lib/assets/schemas/brand-rules";

/*
 * Guides often put their words in a table: "| We say | We never say | Why |". The header decides
 * what each column means; a row is only read once a header said which column holds the words to
 * avoid, because a row on its own ("Tour, trip | Outdoor-Abenteuer | Understatement.") cannot tell
 * the words a brand wants from the ones it bans.
 */

export type TermTableColumns = { avoid: number; reason: number | null };

const AVOID_HEADER = /(never|avoid|don['’]?t|do not|not say|instead of|banned|verboten|vermeiden|nie\b|niemals|nicht|statt|no-go|tabu)/iu;
const REASON_HEADER = /^(why|reason|because|warum|grund|begründung|weshalb)\b/iu;

/** The cells of a table row ("| a | b |" or "a | b"), or null when the line is no table row. */
export function tableCells(line: string): string[] | null {
  const trimmed = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  if (!trimmed.includes("|")) return null;
  return trimmed.split("|").map((cell) => cell.trim());
}

/** "| --- | :---: |": the line under a Markdown table's header. */
export function isTableSeparator(cells: string[]): boolean {
  return cells.every((cell) => /^:?-{2,}:?$/u.test(cell));
}

/** The columns a header row names, or null when it names no column of words to avoid. */
export function readTermTableHeader(cells: string[]): TermTableColumns | null {
  if (cells.some((cell) => cell.split(/\s+/).length > 5 || /\d/u.test(cell))) return null;
  const avoid = cells.findIndex((cell) => AVOID_HEADER.test(cell) && !REASON_HEADER.test(cell));
  if (avoid < 0) return null;
  const reason = cells.findIndex((cell) => REASON_HEADER.test(cell));
  return { avoid, reason: reason >= 0 ? reason : null };
}

/**
 * One banned term per comma-separated entry of the avoid column. Tables mix languages in one cell
 * ("indestructible, unzerstörbar"), so a term applies to every language unless the section names one.
 */
export function readTermTableRow(cells: string[], columns: TermTableColumns, language: "de" | "en" | null): BannedTerm[] {
  const avoid = cells[columns.avoid] ?? "";
  const reasonCell = columns.reason === null ? "" : (cells[columns.reason] ?? "").trim();
  const reason = reasonCell === "" ? null : reasonCell;
  return avoid
    .split(/\s*[,;/]\s*/u)
    .map((term) => term.replace(/^["„“”'*_]+|["„“”'*_.]+$/gu, "").trim())
    .filter((term) => term !== "" && term.split(/\s+/).length <= 5 && !/\b(without|ohne)\b/iu.test(term))
    .map((term) => ({ term, reason, language }));
}
