// PII redaction benchmark: `tsx scripts/bench-pii.ts --pii-input FILE --pii-expected TSV [--pii-keep TSV]`.
// One brief-like text per input line; TSVs with the columns line, type, value (1-based lines).
// Prints per-type recall, the values that got through, keep values lost, the scan time per text,
// and as its last line `pii recall: 0.979 kept: 0.990`.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { evaluatePiiRedaction, parsePiiTsv } from "@/lib/privacy/pii/evaluate";

const { values } = parseArgs({ options: { "pii-input": { type: "string" }, "pii-expected": { type: "string" }, "pii-keep": { type: "string" }, verbose: { type: "boolean" } }, allowPositionals: true });
if (!values["pii-input"] || !values["pii-expected"]) {
  console.error("usage: bench-pii --pii-input FILE --pii-expected TSV [--pii-keep TSV]");
  process.exit(2);
}
const inputLines = readFileSync(values["pii-input"], "utf8").split(/\r?\n/);
if (inputLines.at(-1) === "") inputLines.pop();
const expected = parsePiiTsv(readFileSync(values["pii-expected"], "utf8"));
const keep = values["pii-keep"] ? parsePiiTsv(readFileSync(values["pii-keep"], "utf8")) : undefined;
// Warm up (regex compilation, phone metadata) so the timings are per text, not per process.
evaluatePiiRedaction({ inputLines: inputLines.slice(0, 20), expected: [] });
const result = evaluatePiiRedaction({ inputLines, expected, keep });

for (const [type, entry] of Object.entries(result.byType).sort()) {
  console.log(`${type.padEnd(20)} ${entry.redacted}/${entry.total} redacted  recall ${entry.recall.toFixed(3)}`);
  for (const miss of entry.missed) console.log(`  still present (line ${miss.line}): ${miss.value}`);
}
if (keep) {
  console.log(`keep values lost: ${result.lost.length}/${keep.length}`);
  for (const lost of result.lost) console.log(`  lost (line ${lost.line}, ${lost.type}): ${lost.value}  →  ${result.redactedLines[lost.line - 1]}`);
}
if (values.verbose) result.redactedLines.forEach((line, i) => console.log(`${i + 1}: ${line}`));
console.log(`scan per text: p50 ${result.p50Ms.toFixed(2)} ms, p95 ${result.p95Ms.toFixed(2)} ms (${inputLines.length} texts)`);
console.log(`pii recall: ${result.recall.toFixed(3)} kept: ${result.kept.toFixed(3)}`);
