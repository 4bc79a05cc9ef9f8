import "server-only";
import type { Database } from "@/lib/db/types";
import { retrieve, type RetrievalTimings } from "@/lib/knowledge/retrieve/retrieve";
import type { LabelledQuery } from "./labelled-corpus";
import { mean, ndcgAt, percentile, recallAt } from "./metrics";

export type QueryOutcome = {
  queryId: string;
  /** Corpus document ids in rank order, each once (a document's several chunks count once). */
  rankedDocuments: string[];
  /** Chunk ids in rank order: compared against the exhaustive reference's list. */
  rankedChunks: string[];
  latencyMs: number;
  timings: RetrievalTimings;
};

export type PassSummary = {
  ndcgAt10: number;
  recallAt100: number;
  p50Ms: number;
  p95Ms: number;
  /** Mean milliseconds per retrieval stage (retrieve()'s own timings). */
  stageMeansMs: Partial<Record<keyof RetrievalTimings, number>>;
};

/** Every query through retrieve() with k = 100 and 100 candidates per list, one after the other. */
export async function runQueryPass(
  db: Database,
  options: { workspaceId: string; queries: LabelledQuery[]; documentIdBySource: Map<string, string>; rerank: boolean; feedback?: boolean; exhaustive?: boolean },
): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = [];
  for (const query of options.queries) {
    const timings: RetrievalTimings = {};
    const started = performance.now();
    const results = await retrieve(db, {
      workspaceId: options.workspaceId,
      query: query.text,
      viewer: { role: "admin" },
      k: 100,
      candidates: 100,
      purpose: "playground",
      rerank: options.rerank,
      feedback: options.feedback,
      exhaustive: options.exhaustive,
      timings,
    });
    const latencyMs = performance.now() - started;
    const rankedDocuments: string[] = [];
    for (const result of results) {
      const documentId = options.documentIdBySource.get(result.sourceId);
      if (documentId === undefined) throw new Error(`Retrieved source ${result.sourceId} was not ingested by this run (workspace scope broken?)`);
      if (!rankedDocuments.includes(documentId)) rankedDocuments.push(documentId);
    }
    outcomes.push({ queryId: query.id, rankedDocuments, rankedChunks: results.map((r) => r.chunkId), latencyMs, timings });
  }
  return outcomes;
}

export function summarisePass(queries: LabelledQuery[], outcomes: QueryOutcome[]): PassSummary {
  const relevant = new Map(queries.map((q) => [q.id, q.relevant]));
  const stages = new Set(outcomes.flatMap((o) => Object.keys(o.timings))) as Set<keyof RetrievalTimings>;
  const stageMeansMs: PassSummary["stageMeansMs"] = {};
  for (const stage of stages) stageMeansMs[stage] = round(mean(outcomes.map((o) => o.timings[stage] ?? 0)), 1);
  return {
    ndcgAt10: round(mean(outcomes.map((o) => ndcgAt(o.rankedDocuments, relevant.get(o.queryId)!, 10))), 4),
    recallAt100: round(mean(outcomes.map((o) => recallAt(o.rankedDocuments, relevant.get(o.queryId)!, 100))), 4),
    p50Ms: round(percentile(outcomes.map((o) => o.latencyMs), 50), 1),
    p95Ms: round(percentile(outcomes.map((o) => o.latencyMs), 95), 1),
    stageMeansMs,
  };
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
