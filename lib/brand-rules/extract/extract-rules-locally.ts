import { detectLanguage } from "@/lib/rag/language";
import { proposalKey, type RuleProposal } from "../proposal";
import { readDisclaimers } from "./disclaimer-rules";
import { readFormattingRules } from "./formatting-rules";
import { readGuideLines } from "./guide-structure";
import { readBannedTerms, readPreferredTerm, readTermPair } from "./term-rules";
import { isTableSeparator, readTermTableHeader, readTermTableRow, tableCells, type TermTableColumns } from "./term-tables";

/** The extractor name stored with each proposal it makes. */
export const LOCAL_RULE_EXTRACTOR = "local:heuristic-rules-v1";

/**
 * Proposes brand rules from a well-structured guide (headings and lists, German or English),
 * without a model: list items under "Banned terms / Verbotene Begriffe / Don't say" become banned
 * terms (or pairs, when written as one), items under "Preferred terms / Bevorzugte Begriffe" term
 * pairs, items under "Disclaimers / Pflichthinweise" disclaimers with their conditions; formatting
 * sentences (Sie/du, exclamation marks, sentence case, price examples) count wherever they stand.
 * It proposes only what a line states in one of these forms; prose it cannot read yields nothing,
 * never a guess. Term pairs are limited to the language they are written in: the line's marker
 * ("EN:"), the section's ("English terms"), else the guide's.
 */
export function extractRulesLocally(guide: string, options: { language?: "de" | "en" | null } = {}): RuleProposal[] {
  const guideLanguage = options.language ?? detectLanguage(guide);
  const proposals: RuleProposal[] = [];
  const lines = readGuideLines(guide);
  let table: { columns: TermTableColumns | null; section: string } | null = null;
  lines.forEach((line, index) => {
    // Table rows are read by their header's columns, or not at all.
    const cells = tableCells(line.text);
    if (cells) {
      if (isTableSeparator(cells)) return;
      if (!table || table.section !== line.section) {
        table = { columns: readTermTableHeader(cells), section: line.section };
        return;
      }
      if (table.columns) {
        for (const rule of readTermTableRow(cells, table.columns, line.sectionLanguage)) proposals.push({ type: "banned_term", rule, evidence: line.raw });
      }
      return;
    }
    table = null;
    // A one-item list comes back from the index as a plain line (the chunker joins list items with
    // line breaks, so a single item has none): the only short line under a disclaimer heading is that item.
    const isLoneLine = lines[index - 1]?.section !== line.section && lines[index + 1]?.section !== line.section && line.text.split(/\s+/).length <= 25;
    const termLanguage = line.sectionLanguage ?? guideLanguage;
    const evidence = line.raw;
    const isRuleItem = line.isListItem || line.text.split(/\s+/).length <= 12;
    if (line.section === "banned" && isRuleItem) {
      // "Don't say "cheap" – say "good value"" is a pair, even under a banned heading.
      const pair = readTermPair(line.text) ? readPreferredTerm(line.text, termLanguage) : null;
      if (pair) proposals.push({ type: "preferred_term", rule: pair, evidence });
      else for (const rule of readBannedTerms(line.text, termLanguage)) proposals.push({ type: "banned_term", rule, evidence });
    } else if (line.section === "preferred" && isRuleItem) {
      const pair = readPreferredTerm(line.text, termLanguage);
      if (pair) proposals.push({ type: "preferred_term", rule: pair, evidence });
    } else if (line.section === "disclaimer" && (line.isListItem || isLoneLine || /["„“”»«]/u.test(line.text))) {
      // A list item, or a sentence quoting the note ('Every Meta ad shows "Prices incl. VAT."').
      for (const rule of readDisclaimers(line.text, line.sectionLanguage, guideLanguage)) proposals.push({ type: "disclaimer", rule, evidence });
    } else if (line.section !== "banned" && line.section !== "preferred" && line.section !== "disclaimer" && /(?:→|->|=>)/u.test(line.text)) {
      // An arrow pair is unambiguous wherever it stands.
      const pair = readPreferredTerm(line.text, termLanguage);
      if (pair) proposals.push({ type: "preferred_term", rule: pair, evidence });
    }
    for (const rule of readFormattingRules(line.text, guideLanguage)) proposals.push({ type: "formatting", rule, evidence });
  });
  const seen = new Set<string>();
  return proposals.filter((proposal) => {
    const key = proposalKey(proposal);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
