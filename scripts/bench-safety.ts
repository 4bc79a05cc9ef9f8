// `npm run bench:safety -- --injections FILE --benign FILE`: the content firewall on labelled
// texts (one per line; blank lines and lines starting with # are skipped). Prints recall, the
// false-positive rate and per-text scan latency, then one machine-readable line per evaluator;
// the last line of the output is the last evaluator's summary:
//   injection recall: 0.931 false-positive rate: 0.018
// Our own dev sets (not trained on): lib/rag/firewall/data/dev-injections.txt and dev-benign.txt.
//
// Each evaluator is one entry in EVALUATORS: the flags it needs, and a run() that prints its
// report and returns its summary line. A second one (PII: --pii-input FILE --pii-expected TSV
// [--pii-keep TSV], summary `pii recall: … kept: …`) is added there, with its logic in a library
// function next to the redactor, like evaluateInjections in lib/rag/firewall/evaluate.ts.
import fs from "node:fs";
import { evaluateInjections, injectionSummaryLine } from "@/lib/rag/firewall/evaluate";

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
const readTexts = (file: string) =>
  fs.readFileSync(file, "utf8").split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
const ms = (value: number) => `${value.toFixed(2)} ms`;
const VERBOSE = process.argv.includes("--verbose");

type Evaluator = { name: string; flags: string[]; run: (files: Record<string, string>) => string };

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
  // PII evaluator goes here: { name: "pii", flags: ["pii-input", "pii-expected"], run: … }.
];

const summaries: string[] = [];
for (const evaluator of EVALUATORS) {
  const files = Object.fromEntries(evaluator.flags.map((name) => [name, flag(name)]));
  const given = evaluator.flags.filter((name) => files[name] !== undefined);
  if (given.length === 0) continue;
  if (given.length < evaluator.flags.length) {
    console.error(`${evaluator.name}: needs ${evaluator.flags.map((name) => `--${name} FILE`).join(" ")}`);
    process.exit(2);
  }
  summaries.push(evaluator.run(files as Record<string, string>));
}
if (summaries.length === 0) {
  console.error("Usage: npm run bench:safety -- --injections FILE --benign FILE");
  process.exit(2);
}
// Machine-readable summaries last, one line each.
for (const line of summaries) console.log(line);
