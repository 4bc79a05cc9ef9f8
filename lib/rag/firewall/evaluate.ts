import { containsInjection, quarantineSentences, type ScoringModel } from "./scan";

export type InjectionEvaluation = {
  injections: number;
  benign: number;
  /** Share of injection texts with at least one sentence flagged. */
  recall: number;
  /** Share of benign texts with at least one sentence flagged. */
  falsePositiveRate: number;
  /** Scan time per text (rules + classifier over all its sentences), milliseconds. */
  latency: Latency;
  /**
   * Quarantine time per ingestion-sized chunk (the benign and injection texts joined into pieces
   * of about CHUNK_CHARS characters, ≈ 450 tokens, the ingestion chunk size), milliseconds.
   */
  chunkLatency: Latency & { chunks: number };
  missed: string[];
  falsePositives: string[];
};

type Latency = { p50: number; p95: number; max: number };
const CHUNK_CHARS = 2_400;

function latencyOf(timings: number[]): Latency {
  const sorted = [...timings].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? 0 };
}

function chunksOf(texts: string[]): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const text of texts) {
    current = current ? `${current}\n\n${text}` : text;
    if (current.length >= CHUNK_CHARS) {
      chunks.push(current);
      current = "";
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * The firewall's verdict on two labelled sets of texts (one text each), as the ingestion path
 * makes it: a text counts as flagged when any of its sentences is an injection. Timed per text,
 * after a warm-up (the first call loads the classifier's weights).
 */
export function evaluateInjections(options: { injections: string[]; benign: string[]; model?: ScoringModel }): InjectionEvaluation {
  containsInjection("Warm-up: load the weights and compile the patterns.", options.model);
  const timings: number[] = [];
  const flagged = (text: string) => {
    const started = performance.now();
    const result = containsInjection(text, options.model);
    timings.push(performance.now() - started);
    return result;
  };
  const missed = options.injections.filter((text) => !flagged(text));
  const falsePositives = options.benign.filter((text) => flagged(text));
  const chunks = chunksOf([...options.benign, ...options.injections]);
  const chunkTimings = chunks.map((chunk) => {
    const started = performance.now();
    quarantineSentences(chunk);
    return performance.now() - started;
  });
  const rate = (count: number, total: number) => (total === 0 ? 0 : count / total);
  return {
    injections: options.injections.length,
    benign: options.benign.length,
    recall: rate(options.injections.length - missed.length, options.injections.length),
    falsePositiveRate: rate(falsePositives.length, options.benign.length),
    latency: latencyOf(timings),
    chunkLatency: { ...latencyOf(chunkTimings), chunks: chunks.length },
    missed,
    falsePositives,
  };
}

/** The machine-readable last line bench:safety prints for this part. */
export function injectionSummaryLine(result: Pick<InjectionEvaluation, "recall" | "falsePositiveRate">): string {
  return `injection recall: ${result.recall.toFixed(3)} false-positive rate: ${result.falsePositiveRate.toFixed(3)}`;
}
