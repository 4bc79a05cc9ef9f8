import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import type { Role } from "@/lib/authz/roles";
import { embedForWorkspace } from "@/lib/ai/embed";
import { rerankerReadsText, rerankForWorkspace } from "@/lib/ai/rerank";
import type { RerankDocument } from "@/lib/ai/local-models/reranker";
import type { Language } from "@/lib/rag/text/tokenize";
import { classificationsFor, type Classification } from "../classification";
import { pgTextArray } from "@/lib/db/pg-arrays";
import { bm25ForChunks, lexicalSearch, lookUpTerms, queryTerms, termIdf, type TermDictionary } from "./lexical";
import { queryLanguages } from "./query-language";
import { idfWeightedQueryEmbedding } from "@/lib/rag/embed/idf-weighted-query";
import { LOCAL_EMBEDDING_MODEL_ID } from "@/lib/rag/embed/local-embedder";
import { vectorSearch } from "./vector-search";
import { rescoreWithFeedback } from "./feedback-rescore";
import { cosineSimilarity, maximalMarginalRelevance, reciprocalRankFusion } from "./fusion";

export type RetrievalFilters = {
  kinds?: string[];
  /** Narrows what the viewer may see (never widens it): asset generation leaves out confidential sources. */
  classifications?: Classification[];
  languages?: Language[];
  categories?: string[];
  sourceIds?: string[];
};

export type RetrieveOptions = {
  workspaceId: string;
  query: string;
  viewer: { role: Role };
  filters?: RetrievalFilters;
  k?: number;
  /** Candidates taken from each of the vector and full-text lists before fusion. */
  candidates?: number;
  /** "generation" keeps firewall-flagged chunks out; the playground shows them, marked. */
  purpose: "generation" | "playground";
  rerank?: boolean;
  /**
   * Pseudo-relevance feedback before the rerank (RM3, feedback-rescore.ts): the lexical feature
   * becomes BM25 of the query expanded from the best candidates. Off by default: on SciFact it
   * lowered nDCG@10 (BENCHMARKS.md, issue 21); kept so other corpora can be measured with it.
   */
  feedback?: boolean;
  /** 0–1: 1 = pure relevance; unset = no diversity step. */
  mmrLambda?: number;
  /**
   * Score every candidate instead of reading indexes (exact cosine scan, every posting): the
   * reference the scale benchmark compares the indexed path against. Slow on purpose.
   */
  exhaustive?: boolean;
  /** Filled with milliseconds per stage when given (playground, benchmark). */
  timings?: RetrievalTimings;
};

export type RetrievalTimings = Partial<Record<"embed" | "vector" | "lexical" | "weighting" | "load" | "feedback" | "rerank" | "total", number>>;

export type RetrievedChunk = {
  chunkId: string;
  sourceId: string;
  sourceTitle: string;
  version: number;
  sectionPath: string[];
  url: string | null;
  text: string;
  language: Language;
  kind: string;
  classification: string;
  category: string | null;
  isFlagged: boolean;
  /** Marked at ingestion as holding personal data: a prompt quoting it stays on local or self-hosted models. */
  holdsPersonalData: boolean;
  scores: { vector: number | null; lexical: number | null; fused: number; rerank: number | null };
};

/**
 * Hybrid retrieval: vector top-N (HNSW, cosine) and full-text top-N (language-aware + simple),
 * fused by reciprocal rank fusion, reranked through the registry, optionally diversified (MMR).
 * Tenant scope and the viewer's classifications are in every query's WHERE clause.
 */
export async function retrieve(db: Database, options: RetrieveOptions): Promise<RetrievedChunk[]> {
  const k = options.k ?? 8;
  const candidates = Math.max(options.candidates ?? 50, k);
  const query = options.query.trim();
  if (!query) return [];
  const timings = options.timings ?? {};
  const started = performance.now();
  let mark = started;
  const lap = (stage: keyof RetrievalTimings) => {
    const now = performance.now();
    timings[stage] = Math.round((now - mark) * 10) / 10;
    mark = now;
  };
  const terms = queryTerms(query);
  const { embeddings, dimensions, modelId } = await embedForWorkspace(db, { workspaceId: options.workspaceId, values: [query], isConfidential: false });
  const queryEmbedding = embeddings[0]!;
  lap("embed");

  const scope = scopeConditions(options);
  // One after the other on purpose: run concurrently on two pooled connections they were slower
  // on the 2-core benchmark machine (the two backends and Node compete for the cores).
  const vectorHits = await vectorSearch(db, { scope, queryEmbedding, dimensions, modelId, limit: candidates, exhaustive: options.exhaustive === true });
  lap("vector");
  // The query terms' IDF and the corpus statistics, read once for the lexical list, the BM25 of
  // vector-only candidates and the weighted query vector.
  const dictionary = terms.length > 0 ? await lookUpTerms(db, options.workspaceId, terms) : undefined;
  const lexicalHits = await lexicalSearch(db, {
    workspaceId: options.workspaceId,
    scope,
    terms,
    dictionary,
    limit: candidates,
    exhaustive: options.exhaustive === true,
    // A few named sources (a product's own chunks): scoring them directly beats reading lists.
    narrow: (options.filters?.sourceIds?.length ?? 0) > 0 && (options.filters?.sourceIds?.length ?? 0) <= 50,
  });
  lap("lexical");

  const fused = reciprocalRankFusion([vectorHits.map((h) => h.id), lexicalHits.map((h) => h.id)]);
  const vectorScore = new Map(vectorHits.map((h) => [h.id, h.score]));
  const lexicalScore = new Map(lexicalHits.map((h) => [h.id, h.score]));
  const ids = [...fused.keys()];
  if (ids.length === 0) return [];

  const shouldRerank = options.rerank !== false;
  // The reranker's similarity feature: with the built-in embedder, against a query vector whose
  // words are weighted by the workspace's IDF (stored chunk vectors unchanged).
  const rerankEmbedding = shouldRerank && modelId === LOCAL_EMBEDDING_MODEL_ID && dictionary ? weightedQueryEmbedding(query, dictionary) : null;
  if (shouldRerank) lap("weighting");
  // Candidates' text is read only when a hosted reranker needs it; otherwise only the k chunks
  // returned get theirs, after ranking (at 100 k chunks reading every candidate's text was
  // most of the load stage: rows are TOASTed and scattered over the heap).
  const textForAll = shouldRerank && rerankerReadsText(options.workspaceId);
  // The lexical list scored its own top-N; the reranker also needs BM25 for candidates only the
  // vector list found. Fetched alongside the chunk rows.
  const rows = await loadChunks(db, {
    workspaceId: options.workspaceId,
    ids,
    scoredIds: vectorHits.map((h) => h.id),
    queryEmbedding,
    rerankEmbedding,
    dimensions,
    withEmbeddings: options.mmrLambda !== undefined,
    withText: textForAll,
  });
  const extraBm25 = shouldRerank
    ? await bm25ForChunks(db, { workspaceId: options.workspaceId, chunkIds: ids.filter((id) => !lexicalScore.has(id)), terms, dictionary })
    : new Map<string, number>();
  let results: RetrievedChunk[] = rows.map((row) => ({
    chunkId: row.id,
    sourceId: row.source_id,
    sourceTitle: row.title,
    version: row.version,
    sectionPath: row.section_path,
    url: row.url,
    text: row.text,
    language: row.language,
    kind: row.kind,
    classification: row.classification,
    category: row.category,
    isFlagged: row.firewall_status === "flagged",
    holdsPersonalData: row.holds_personal_data === true,
    scores: { vector: vectorScore.get(row.id) ?? null, lexical: lexicalScore.get(row.id) ?? null, fused: fused.get(row.id) ?? 0, rerank: null },
  }));
  const similarity = new Map(rows.map((row) => [row.id, vectorScore.get(row.id) ?? Number(row.similarity)]));
  const rerankSimilarity = rerankEmbedding ? new Map(rows.map((row) => [row.id, Number(row.rerank_similarity)])) : similarity;
  const embeddingsById = new Map(rows.map((row) => [row.id, row.embedding ? (JSON.parse(row.embedding) as number[]) : []]));
  lap("load");
  results.sort((a, b) => b.scores.fused - a.scores.fused);

  if (shouldRerank) {
    const firstBm25 = new Map([...lexicalScore, ...extraBm25]);
    let bm25 = firstBm25;
    if (options.feedback === true) {
      bm25 = await rescoreWithFeedback(db, { workspaceId: options.workspaceId, terms, candidateIds: results.map((r) => r.chunkId), bm25: firstBm25, similarity });
      lap("feedback");
    }
    results = await rerankResults(db, { workspaceId: options.workspaceId, query, similarity: rerankSimilarity, bm25, results });
    lap("rerank");
  }

  if (options.mmrLambda !== undefined) {
    results = maximalMarginalRelevance(results, {
      k,
      lambda: options.mmrLambda,
      relevance: (r) => r.scores.rerank ?? r.scores.fused,
      similarity: (a, b) => cosineSimilarity(embeddingsById.get(a.chunkId)!, embeddingsById.get(b.chunkId)!),
    });
  }
  results = results.slice(0, k);
  if (!textForAll) results = await withTexts(db, options.workspaceId, results);
  timings.total = Math.round((performance.now() - started) * 10) / 10;
  return results;
}

/** The IDF-weighted query vector (idf-weighted-query.ts) in the query's languages, or null. */
function weightedQueryEmbedding(query: string, dictionary: TermDictionary): number[] | null {
  const { idf, unknownIdf } = termIdf(dictionary);
  return idfWeightedQueryEmbedding(query, queryLanguages(query), { idf: (stem) => idf.get(stem), unknownIdf });
}

/** The chunks' text, read once ranking has settled which k chunks are returned. */
async function withTexts(db: Database, workspaceId: string, results: RetrievedChunk[]): Promise<RetrievedChunk[]> {
  if (results.length === 0) return results;
  const rows = await executeRows<{ id: string; text: string }>(
    db,
    sql`select c.id, c.text from knowledge_chunks c where c.workspace_id = ${workspaceId} and c.id = any(${pgTextArray(results.map((r) => r.chunkId))}::text[])`,
  );
  const texts = new Map(rows.map((row) => [row.id, row.text]));
  return results.map((result) => ({ ...result, text: texts.get(result.chunkId) ?? "" }));
}

function scopeConditions(options: RetrieveOptions): SQL {
  const filters = options.filters ?? {};
  const classifications = classificationsFor(options.viewer.role).filter((c) => !filters.classifications || filters.classifications.includes(c));
  const parts: SQL[] = [
    sql`c.workspace_id = ${options.workspaceId}`,
    sql`c.retired_at is null`,
    // Typed arrays, not text casts: the planner then estimates these filters correctly.
    sql`c.classification = any(${pgTextArray(classifications)}::classification[])`,
  ];
  if (options.purpose === "generation") parts.push(sql`c.firewall_status <> 'flagged'`);
  if (filters.kinds?.length) parts.push(sql`c.kind = any(${pgTextArray(filters.kinds)}::source_kind[])`);
  if (filters.languages?.length) parts.push(sql`c.language = any(${pgTextArray(filters.languages)}::content_language[])`);
  if (filters.categories?.length) parts.push(sql`c.category = any(${pgTextArray(filters.categories)}::text[])`);
  if (filters.sourceIds?.length) parts.push(sql`c.source_id = any(${pgTextArray(filters.sourceIds)}::text[])`);
  return sql.join(parts, sql` and `);
}

type ChunkRow = {
  id: string;
  source_id: string;
  title: string;
  version: number;
  section_path: string[];
  url: string | null;
  text: string;
  language: Language;
  kind: string;
  classification: string;
  category: string | null;
  firewall_status: string;
  holds_personal_data: boolean;
  /** Cosine similarity to the query for candidates the vector list did not score (else null). */
  similarity: number | string | null;
  /** Cosine similarity to the IDF-weighted query vector (null without one). */
  rerank_similarity: number | string | null;
  embedding: string | null;
};

async function loadChunks(
  db: Database,
  options: {
    workspaceId: string;
    ids: string[];
    scoredIds: string[];
    queryEmbedding: number[];
    rerankEmbedding: number[] | null;
    dimensions: number;
    withEmbeddings: boolean;
    withText: boolean;
  },
): Promise<ChunkRow[]> {
  const dims = sql.raw(String(Math.trunc(options.dimensions)));
  const vectorLiteral = `[${options.queryEmbedding.join(",")}]`;
  const rerankSimilarity = options.rerankEmbedding
    ? sql`1 - (c.embedding::vector(${dims}) <=> ${`[${options.rerankEmbedding.join(",")}]`}::vector(${dims}))`
    : sql`null`;
  const rows = await executeRows<ChunkRow>(db, sql`
    select c.id, c.source_id, s.title, c.version, c.section_path, c.url, ${options.withText ? sql`c.text` : sql`''`} as text, c.language, c.kind,
           c.classification, c.category, c.firewall_status, c.holds_personal_data,
           -- Only candidates the vector list did not score need their similarity computed here.
           case when c.id = any(${pgTextArray(options.scoredIds)}::text[]) then null
                else 1 - (c.embedding::vector(${dims}) <=> ${vectorLiteral}::vector(${dims})) end as similarity,
           ${rerankSimilarity} as rerank_similarity,
           ${options.withEmbeddings ? sql`c.embedding::text` : sql`null`} as embedding
    from knowledge_chunks c join knowledge_sources s on s.id = c.source_id
    where c.workspace_id = ${options.workspaceId} and c.id = any(${pgTextArray(options.ids)}::text[])
      and c.embedding_dimensions = ${options.dimensions}`);
  return rows.map((row) => ({ ...row, section_path: parsePgArray(row.section_path) }));
}

/** node-postgres parses text[] into an array; PGlite may too, but be tolerant of the literal. */
function parsePgArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  if (!value || value === "{}") return [];
  return value
    .slice(1, -1)
    .match(/("([^"\\]|\\.)*"|[^,]+)/g)!
    .map((part) => (part.startsWith('"') ? part.slice(1, -1).replace(/\\(.)/g, "$1") : part));
}

async function rerankResults(db: Database, options: {
  workspaceId: string;
  query: string;
  similarity: Map<string, number>;
  bm25: Map<string, number>;
  results: RetrievedChunk[];
}): Promise<RetrievedChunk[]> {
  const { results } = options;
  const documents: RerankDocument[] = results.map((r) => ({
    text: r.text,
    bm25: options.bm25.get(r.chunkId) ?? 0,
    vectorSimilarity: options.similarity.get(r.chunkId) ?? 0,
  }));
  const { ranking } = await rerankForWorkspace(db, {
    workspaceId: options.workspaceId,
    query: options.query,
    documents,
    isConfidential: results.some((r) => r.classification === "confidential"),
    holdsPersonalData: results.some((r) => r.holdsPersonalData),
  });
  return ranking.map((entry) => ({ ...results[entry.originalIndex]!, scores: { ...results[entry.originalIndex]!.scores, rerank: entry.score } }));
}
