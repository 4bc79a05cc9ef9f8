import { RedactionSession } from "./redact";
import { analyzePersonalData } from "./analyze";

export type PiiValue = { line: number; type: string; value: string };
export type PiiEvaluation = {
  /** Per type: planted values, and how many are gone from the redacted line. */
  byType: Record<string, { total: number; redacted: number; recall: number; missed: PiiValue[] }>;
  recall: number;
  /** Share of keep values (product names, prices, codes) still present after redaction. */
  kept: number;
  lost: PiiValue[];
  /** Scan (analysis) time per line in milliseconds. */
  p50Ms: number;
  p95Ms: number;
  redactedLines: string[];
};

const present = (text: string, value: string) => text.toLowerCase().includes(value.toLowerCase());

/**
 * Redacts each input line (one request each) and checks the planted values: a personal value
 * counts as redacted when it no longer occurs in the output; a keep value counts as kept when it
 * still does. Line numbers are 1-based.
 */
export function evaluatePiiRedaction(input: { inputLines: string[]; expected: PiiValue[]; keep?: PiiValue[] }): PiiEvaluation {
  const timings: number[] = [];
  // Regex compilation and the phone metadata load once per process; time texts, not start-up.
  if (input.inputLines[0]) analyzePersonalData(input.inputLines[0]);
  const redactedLines = input.inputLines.map((line) => {
    const started = performance.now();
    analyzePersonalData(line);
    timings.push(performance.now() - started);
    return new RedactionSession().redact(line).text;
  });
  const byType: PiiEvaluation["byType"] = {};
  for (const value of input.expected) {
    const entry = (byType[value.type] ??= { total: 0, redacted: 0, recall: 0, missed: [] });
    entry.total++;
    const output = redactedLines[value.line - 1] ?? "";
    if (present(output, value.value)) entry.missed.push(value);
    else entry.redacted++;
  }
  for (const entry of Object.values(byType)) entry.recall = entry.total ? entry.redacted / entry.total : 1;
  const total = input.expected.length;
  const redacted = Object.values(byType).reduce((sum, e) => sum + e.redacted, 0);
  const keep = input.keep ?? [];
  const lost = keep.filter((value) => !present(redactedLines[value.line - 1] ?? "", value.value));
  const sorted = [...timings].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return { byType, recall: total ? redacted / total : 1, kept: keep.length ? 1 - lost.length / keep.length : 1, lost, p50Ms: pct(50), p95Ms: pct(95), redactedLines };
}

/** Reads TSV with a header line `line<TAB>type<TAB>value`. */
export function parsePiiTsv(tsv: string): PiiValue[] {
  const rows = tsv.split(/\r?\n/).filter((row) => row.trim() !== "");
  const header = rows.shift()?.split("\t").map((h) => h.trim().toLowerCase()) ?? [];
  const [li, ti, vi] = ["line", "type", "value"].map((name) => header.indexOf(name));
  if (li === -1 || ti === -1 || vi === -1) throw new Error("TSV needs the columns line, type, value");
  return rows.map((row) => {
    const cells = row.split("\t");
    return { line: Number(cells[li!]), type: cells[ti!]!.trim(), value: cells[vi!]!.trim() };
  });
}
