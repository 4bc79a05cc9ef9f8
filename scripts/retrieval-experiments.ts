// `npm run bench:retrieval-experiments -- --corpus <tsv> --queries <tsv> --labels <tsv> --reuse <file.json>`
// Issue 21: ranking ideas measured on the candidate pools retrieve() produces (its top 100 with
// rerank, from vector top-100 ∪ BM25 top-100, exactly what bench:retrieval scores), re-scored
// in this process. BM25 and the
// embedding similarity are recomputed here from the chunk text with the index's own tokenizer,
// embedder and statistics; the "baseline" line must equal bench:retrieval's nDCG@10 with rerank,
// which checks that. Each line: nDCG@10 over all queries, odd ids, even ids (choose on one half,
// report the other). Use the same --reuse file as bench:retrieval (ingests once otherwise).
import path from "node:path";
import { sql } from "drizzle-orm";

type Args = { corpus: string; queries: string; labels: string; reuse?: string; maxQueries: number };

function parseArgs(argv: string[]): Args {
  const get = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
  const [corpus, queries, labels] = [get("corpus"), get("queries"), get("labels")];
  if (!corpus || !queries || !labels) {
    console.error("Usage: npm run bench:retrieval-experiments -- --corpus <tsv> --queries <tsv> --labels <tsv> [--reuse <file.json>] [--max-queries N]");
    process.exit(2);
  }
  return { corpus, queries, labels, reuse: get("reuse"), maxQueries: Number(get("max-queries") ?? Number.POSITIVE_INFINITY) };
}

type Candidate = { id: string; document: string; tokens: string[]; embedding: number[]; bm25: number; similarity: number };

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR = args.reuse ? `${args.reuse}.pglite` : path.join(".data", "bench", `pglite-${Date.now()}`);
  process.env.BRANDPILOT_DEMO = "false";
  const { getDb } = await import("@/lib/db/client");
  const { env } = await import("@/lib/env");
  const { executeRows } = await import("@/lib/db/execute");
  const { workspaces } = await import("@/lib/db/schema");
  const { createId } = await import("@/lib/ids");
  const { retrieve } = await import("@/lib/knowledge/retrieve/retrieve");
  const { queryTerms } = await import("@/lib/knowledge/retrieve/lexical");
  const { indexableText } = await import("@/lib/knowledge/ingest/indexable-text");
  const { embedText } = await import("@/lib/rag/embed/local-embedder");
  const { tokenizeForSearch, splitWords, isStopword, stemWord } = await import("@/lib/rag/text/tokenize");
  const { blendScores } = await import("@/lib/ai/local-models/reranker");
  const { readCorpus, readLabelledQueries } = await import("@/lib/eval/retrieval/labelled-corpus");
  const { ingestDocuments } = await import("@/lib/eval/retrieval/ingest-documents");
  const { ingestOrReuse } = await import("@/lib/eval/retrieval/reuse-workspace");
  const { ndcgAt, mean } = await import("@/lib/eval/retrieval/metrics");

  const db = await getDb();
  const driver = env.DATABASE_URL ? "postgres" : "pglite";
  const corpus = readCorpus(args.corpus);
  const { workspaceId, documentIdBySource } = await ingestOrReuse(args.reuse, driver, async () => {
    const id = createId("workspace");
    await db.insert(workspaces).values({ id, slug: `bench-${Date.now()}`, name: "Retrieval experiments" });
    const result = await ingestDocuments(db, { workspaceId: id, documents: corpus });
    return { workspaceId: id, documentIdBySource: result.documentIdBySource, seconds: result.seconds };
  });
  const queries = readLabelledQueries({ queries: args.queries, labels: args.labels, max: args.maxQueries });

  // The index's statistics, as lexical.ts reads them.
  const [stats] = await executeRows<{ n: number; total: number | string }>(db, sql`select chunk_count as n, total_tokens as total from knowledge_corpus_stats where workspace_id = ${workspaceId}`);
  const chunkCount = Number(stats!.n);
  const averageLength = Number(stats!.total) / chunkCount;
  const dfRows = await executeRows<{ term: string; df: number }>(db, sql`select term, document_frequency as df from knowledge_terms where workspace_id = ${workspaceId} and document_frequency > 0`);
  const df = new Map(dfRows.map((row) => [row.term, Number(row.df)]));
  const idf = (term: string) => (df.has(term) ? Math.log(1 + (chunkCount - df.get(term)! + 0.5) / (df.get(term)! + 0.5)) : 0);
  const unknownIdf = Math.log(1 + chunkCount);

  const bm25 = (terms: string[], tokens: string[], k1 = 1.2, b = 0.75, avg = averageLength, idfOf = idf) => {
    const wanted = new Set(terms);
    const tf = new Map<string, number>();
    for (const token of tokens) if (wanted.has(token)) tf.set(token, (tf.get(token) ?? 0) + 1);
    const norm = k1 * (1 - b + (b * tokens.length) / avg);
    let score = 0;
    for (const [term, f] of tf) score += (idfOf(term) * f * (k1 + 1)) / (f + norm);
    return score;
  };
  const dot = (a: number[], b: number[]) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);
  const unit = (v: number[]) => {
    const length = Math.sqrt(dot(v, v));
    return length > 0 ? v.map((x) => x / length) : v;
  };
  // The embedder's features weighted by corpus idf, both sides: a sum of per-word embeddings.
  const wordEmbeddings = new Map<string, number[]>();
  const idfEmbedding = (text: string) => {
    const counts = new Map<string, { n: number; word: string }>();
    for (const word of splitWords(text)) {
      if (isStopword(word, "en")) continue;
      const stem = stemWord(word, "en");
      const entry = counts.get(stem) ?? { n: 0, word };
      entry.n++;
      counts.set(stem, entry);
    }
    const sum = new Array<number>(768).fill(0);
    for (const [stem, { n, word }] of counts) {
      if (!wordEmbeddings.has(word)) wordEmbeddings.set(word, embedText(word));
      const weight = (1 + Math.log(n)) * (idf(stem) || unknownIdf);
      wordEmbeddings.get(word)!.forEach((value, i) => (sum[i]! += weight * value));
    }
    return unit(sum);
  };

  // Whole documents (title + abstract) with their own statistics, for the document-level line.
  const documentTokens = new Map(corpus.map((d) => [d.id, tokenizeForSearch(`${d.title}\n\n${d.text}`, "en")]));
  const documentDf = new Map<string, number>();
  for (const tokens of documentTokens.values()) for (const term of new Set(tokens)) documentDf.set(term, (documentDf.get(term) ?? 0) + 1);
  const averageDocument = [...documentTokens.values()].reduce((sum, t) => sum + t.length, 0) / documentTokens.size;
  const documentIdf = (term: string) => (documentDf.has(term) ? Math.log(1 + (documentTokens.size - documentDf.get(term)! + 0.5) / (documentDf.get(term)! + 0.5)) : 0);
  const titleTokens = new Map(corpus.map((d) => [d.id, tokenizeForSearch(d.title, "en")]));
  const averageTitle = [...titleTokens.values()].reduce((sum, t) => sum + t.length, 0) / titleTokens.size;

  console.log(`[experiments] ${driver}: collecting candidate pools for ${queries.length} queries…`);
  const chunkCache = new Map<string, { text: string; tokens: string[]; embedding: number[]; idfEmbedding?: number[] }>();
  const pools: { query: string; candidates: Candidate[] }[] = [];
  for (const query of queries) {
    const results = await retrieve(db, { workspaceId, query: query.text, viewer: { role: "admin" }, k: 100, candidates: 100, purpose: "playground" });
    const queryEmbedding = embedText(query.text);
    const terms = queryTerms(query.text);
    pools.push({
      query: query.text,
      candidates: results.map((r) => {
        if (!chunkCache.has(r.chunkId)) {
          const text = indexableText({ sectionPath: r.sectionPath, text: r.text });
          chunkCache.set(r.chunkId, { text, tokens: tokenizeForSearch(text, r.language), embedding: embedText(text) });
        }
        const chunk = chunkCache.get(r.chunkId)!;
        return { id: r.chunkId, document: documentIdBySource.get(r.sourceId)!, tokens: chunk.tokens, embedding: chunk.embedding, bm25: bm25(terms, chunk.tokens), similarity: dot(queryEmbedding, chunk.embedding) };
      }),
    });
  }

  const report = (name: string, score: (pool: (typeof pools)[number], index: number) => number[]) => {
    const byParity: Record<"all" | "odd" | "even", number[]> = { all: [], odd: [], even: [] };
    pools.forEach((pool, index) => {
      const scores = score(pool, index);
      const ranked = pool.candidates.map((c, i) => ({ c, s: scores[i]! })).sort((a, b) => b.s - a.s);
      const documents = [...new Set(ranked.map(({ c }) => c.document))];
      const value = ndcgAt(documents, queries[index]!.relevant, 10);
      byParity.all.push(value);
      byParity[Number(queries[index]!.id) % 2 === 1 ? "odd" : "even"].push(value);
    });
    console.log(`${name.padEnd(52)} ${mean(byParity.all).toFixed(4)}  odd ${mean(byParity.odd).toFixed(4)}  even ${mean(byParity.even).toFixed(4)}`);
  };
  const blend = (lexical: number[], similarity: number[], weight = 0.7) =>
    blendScores(lexical.map((l, i) => ({ text: "", bm25: l, vectorSimilarity: similarity[i]! })), weight);
  const standardise = (values: number[]) => {
    const average = mean(values);
    const sd = Math.sqrt(mean(values.map((v) => (v - average) ** 2))) || 1;
    return values.map((v) => (v - average) / sd);
  };
  const lex = (pool: (typeof pools)[number]) => pool.candidates.map((c) => c.bm25);
  const sim = (pool: (typeof pools)[number]) => pool.candidates.map((c) => c.similarity);

  report("baseline: local reranker (0.7 BM25/max + 0.3 cosine)", (p) => blend(lex(p), sim(p)));
  report("BM25 alone", (p) => lex(p));
  report("cosine alone", (p) => sim(p));
  for (const weight of [0.5, 0.6, 0.8, 0.9]) report(`blend weight ${weight}`, (p) => blend(lex(p), sim(p), weight));
  for (const weight of [0.7, 0.8]) report(`z-scores, weight ${weight}`, (p) => { const [a, b] = [standardise(lex(p)), standardise(sim(p))]; return a.map((v, i) => weight * v + (1 - weight) * b[i]!); });
  report("BM25 k1 0.9, b 0.4 (Anserini defaults)", (p) => blend(p.candidates.map((c) => bm25(queryTerms(p.query), c.tokens, 0.9, 0.4)), sim(p)));
  report("query stemmed as English only", (p) => blend(p.candidates.map((c) => bm25([...new Set(tokenizeForSearch(p.query, "en"))], c.tokens)), sim(p)));
  report("+ title field BM25 (weight 0.25)", (p) => {
    const terms = queryTerms(p.query);
    return blend(p.candidates.map((c) => c.bm25 + 0.25 * bm25(terms, titleTokens.get(c.document)!, 1.2, 0.75, averageTitle)), sim(p));
  });
  report("document-level BM25 (whole abstract)", (p) => blend(p.candidates.map((c) => bm25(queryTerms(p.query), documentTokens.get(c.document)!, 1.2, 0.75, averageDocument, documentIdf)), sim(p)));
  const idfQueries = pools.map((p) => idfEmbedding(p.query));
  const idfSimilarity = (p: (typeof pools)[number], index: number) =>
    p.candidates.map((c) => {
      const chunk = chunkCache.get(c.id)!;
      chunk.idfEmbedding ??= idfEmbedding(chunk.text);
      return dot(idfQueries[index]!, chunk.idfEmbedding);
    });
  report("cosine of corpus-idf-weighted embeddings alone", (p, i) => idfSimilarity(p, i));
  for (const weight of [0.6, 0.7]) report(`blend ${weight} with corpus-idf-weighted embeddings`, (p, i) => blend(lex(p), idfSimilarity(p, i), weight));
  report("Rocchio on embeddings (3 feedback chunks, β = 1)", (p) => {
    const first = blend(lex(p), sim(p));
    const top = p.candidates.map((c, i) => ({ c, s: first[i]! })).sort((a, b) => b.s - a.s).slice(0, 3);
    const query = embedText(p.query);
    const expanded = unit(query.map((v, d) => v + top.reduce((sum, { c }) => sum + c.embedding[d]! / top.length, 0)));
    return blend(lex(p), p.candidates.map((c) => dot(expanded, c.embedding)));
  });
  process.exit(0);
}

main().catch((error) => {
  console.error("Experiments failed:", error);
  process.exit(1);
});
