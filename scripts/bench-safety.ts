// `npm run bench:safety -- --injections FILE --benign FILE [--pii-input FILE --pii-expected TSV [--pii-keep TSV]]`:
// the model boundary's two detectors. Injection part: the content firewall on labelled
// texts (one per line; blank lines and lines starting with # are skipped). Prints recall, the
// false-positive rate and per-text scan latency, then one machine-readable line per evaluator;
// the last line of the output is the last evaluator's summary:
//   injection recall: 0.931 false-positive rate: 0.018
// Our own dev sets (not trained on): lib/rag/firewall/data/dev-injections.txt and dev-benign.txt.
//
// PII part: one brief-like text per --pii-input line; TSVs with the columns line, type, value
// (1-based lines): the values that must be redacted (--pii-expected) and those that must survive
// (--pii-keep: product names, prices, codes). Prints per-type recall, values that got through, keep
// values lost and the scan time per text; summary `pii recall: 0.979 kept: 0.990`.
// Our own dev sets: lib/privacy/pii/data/ (README there).
//
// Each evaluator is one entry in EVALUATORS: the flags it needs (optional ones are not required),
// and a run() that prints its report and returns its summary line.
import fs from "node:fs";
import { evaluateInjections, injectionSummaryLine } from "@/lib/rag/firewall/evaluate";
import { evaluatePiiRedaction, parsePiiTsv } from "@/lib/privacy/pii/evaluate";

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
const readTexts = (file: string) =>
  fs.readFileSync(file, "utf8").split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
const ms = (value: number) => `${value.toFixed(2)} ms`;
const VERBOSE = process.argv.includes("--verbose");

type Evaluator = { name: string; flags: string[]; optionalFlags?: string[]; run: (files: Record<string, string | undefined>) => string };

const EVALUATORS: Evaluator[] = [
  {
    name: "injection",
    flags: ["injections", "benign"],
    run: (files) => {
      const result = evaluateInjections({ injections: readTexts(files.injections!), benign: readTexts(files.benign!) });
      console.log(`injection: ${result.injections} injection texts, ${result.benign} benign texts`);
      console.log(`  recall ${(result.recall * 100).toFixed(1)} % (${result.injections - result.missed.length}/${result.injections})`);
      console.log(`  false positives ${(result.falsePositiveRate * 100).toFixed(1)} % (${result.falsePositives.length}/${result.benign})`);
      console.log(`  scan latency per text: p50 ${ms(result.latency.p50)}, p95 ${ms(result.latency.p95)}, max ${ms(result.latency.max)}`);
      const chunk = result.chunkLatency;
      console.log(`  quarantine latency per ~450-token chunk (${chunk.chunks} chunks): p50 ${ms(chunk.p50)}, p95 ${ms(chunk.p95)}, max ${ms(chunk.max)}`);
      if (VERBOSE) {
        for (const text of result.missed) console.log(`  missed: ${text.slice(0, 160)}`);
        for (const text of result.falsePositives) console.log(`  false positive: ${text.slice(0, 160)}`);
      }
      return injectionSummaryLine(result);
    },
  },
  {
    name: "pii",
    flags: ["pii-input", "pii-expected"],
    optionalFlags: ["pii-keep"],
    run: (files) => {
      const inputLines = fs.readFileSync(files["pii-input"]!, "utf8").split(/\r?\n/);
      if (inputLines.at(-1) === "") inputLines.pop();
      const expected = parsePiiTsv(fs.readFileSync(files["pii-expected"]!, "utf8"));
      const keep = files["pii-keep"] ? parsePiiTsv(fs.readFileSync(files["pii-keep"], "utf8")) : undefined;
      // Warm-up (regex compilation, phone metadata), so the timings are per text, not per process.
      evaluatePiiRedaction({ inputLines: inputLines.slice(0, 20), expected: [] });
      const result = evaluatePiiRedaction({ inputLines, expected, keep });
      console.log(`pii: ${inputLines.length} texts, ${expected.length} personal values${keep ? `, ${keep.length} values to keep` : ""}`);
      for (const [type, entry] of Object.entries(result.byType).sort()) {
        console.log(`  ${type.padEnd(20)} ${entry.redacted}/${entry.total} redacted, recall ${entry.recall.toFixed(3)}`);
        for (const miss of entry.missed) console.log(`    still present (line ${miss.line}): ${miss.value}`);
      }
      if (keep) {
        console.log(`  keep values lost: ${result.lost.length}/${keep.length}`);
        for (const lost of result.lost) console.log(`    lost (line ${lost.line}, ${lost.type}): ${lost.value}`);
      }
      console.log(`  scan latency per text: p50 ${ms(result.p50Ms)}, p95 ${ms(result.p95Ms)}`);
      return `pii recall: ${result.recall.toFixed(3)} kept: ${result.kept.toFixed(3)}`;
    },
  },
];

const summaries: string[] = [];
for (const evaluator of EVALUATORS) {
  const files = Object.fromEntries([...evaluator.flags, ...(evaluator.optionalFlags ?? [])].map((name) => [name, flag(name)]));
  const given = evaluator.flags.filter((name) => files[name] !== undefined);
  if (given.length === 0) continue;
  if (given.length < evaluator.flags.length) {
    console.error(`${evaluator.name}: needs ${evaluator.flags.map((name) => `--${name} FILE`).join(" ")}`);
    process.exit(2);
  }
  summaries.push(evaluator.run(files));
}
if (summaries.length === 0) {
  console.error("Usage: npm run bench:safety -- --injections FILE --benign FILE [--pii-input FILE --pii-expected TSV [--pii-keep TSV]]");
  process.exit(2);
}
// Machine-readable summaries last, one line each.
for (const line of summaries) console.log(line);
