// `npm run bench:retrieval-experiments -- --corpus <tsv> --queries <tsv> --labels <tsv> --reuse <file.json>
//    [--pools-cache <file.json>] [--round N]`
// Issue 21: ranking ideas measured on the candidate pools retrieve() produces (its top 100 with
// rerank, from vector top-100 ∪ BM25 top-100, exactly what bench:retrieval scores), re-scored
// in this process. BM25 and the embedding similarity are recomputed here from the chunk text with
// the index's own tokenizer, embedder and statistics. Check of the re-computation: on pools of
// the code before issue 21 item 5 the "baseline" line equalled bench:retrieval's 0.7011; on
// today's pools round 5's "both …, w 0.7" line is retrieve()'s own ranking. Each line: nDCG@10
// over all queries, odd ids, even ids (choose on one half, report the other). Use the same
// --reuse file as bench:retrieval (ingests once otherwise).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Language } from "@/lib/rag/text/tokenize";

type Args = { corpus: string; queries: string; labels: string; reuse?: string; poolsCache?: string; round?: string; maxQueries: number };

function parseArgs(argv: string[]): Args {
  const get = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
  const [corpus, queries, labels] = [get("corpus"), get("queries"), get("labels")];
  if (!corpus || !queries || !labels) {
    console.error("Usage: npm run bench:retrieval-experiments -- --corpus <tsv> --queries <tsv> --labels <tsv> [--reuse <file.json>] [--pools-cache <file.json>] [--round 2|3] [--max-queries N]");
    process.exit(2);
  }
  return { corpus, queries, labels, reuse: get("reuse"), poolsCache: get("pools-cache"), round: get("round"), maxQueries: Number(get("max-queries") ?? Number.POSITIVE_INFINITY) };
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
  const { queryTerms: productionQueryTerms } = await import("@/lib/knowledge/retrieve/lexical");
  const { queryLanguages } = await import("@/lib/knowledge/retrieve/query-language");
  const { idfWeightedQueryEmbedding } = await import("@/lib/rag/embed/idf-weighted-query");
  const { indexableText } = await import("@/lib/knowledge/ingest/indexable-text");
  const { embedText } = await import("@/lib/rag/embed/local-embedder");
  const { tokenizeForSearch, splitWords, isStopword, stemWord } = await import("@/lib/rag/text/tokenize");
  // The query terms rounds 1–4 were measured with (before issue 21 item 5): every word stemmed as
  // English and as German. retrieve() now stems in the query's language (query-language.ts).
  const queryTerms = (query: string) => {
    const terms = new Set<string>();
    for (const word of splitWords(query)) {
      if (isStopword(word, "en") || isStopword(word, "de")) continue;
      terms.add(stemWord(word, "en"));
      terms.add(stemWord(word, "de"));
    }
    return [...terms];
  };
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
  const idfEmbedding = (text: string, language: Language = "en") => {
    const counts = new Map<string, { n: number; word: string }>();
    for (const word of splitWords(text)) {
      if (isStopword(word, language)) continue;
      const stem = stemWord(word, language);
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
  // `--pools-cache <file>`: retrieve()'s pools kept in a file, so re-scoring takes seconds. Delete
  // the file after changing retrieve() or the ingested data: it is not checked against either.
  const poolFile = args.poolsCache;
  type PoolEntry = { chunkId: string; sourceId: string; sectionPath: string[]; text: string; language: "en" | "de" };
  const cachedPools: Record<string, PoolEntry[]> = poolFile && existsSync(poolFile) ? JSON.parse(readFileSync(poolFile, "utf8")) : {};
  let poolsChanged = false;
  for (const query of queries) {
    if (!cachedPools[query.id]) {
      const found = await retrieve(db, { workspaceId, query: query.text, viewer: { role: "admin" }, k: 100, candidates: 100, purpose: "playground" });
      cachedPools[query.id] = found.map((r) => ({ chunkId: r.chunkId, sourceId: r.sourceId, sectionPath: r.sectionPath, text: r.text, language: r.language }));
      poolsChanged = true;
    }
    const results = cachedPools[query.id]!;
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

  if (poolFile && poolsChanged) writeFileSync(poolFile, JSON.stringify(cachedPools));

  // `--round N` prints only the lines of round N onwards (earlier rounds' figures are in BENCHMARKS.md).
  let printing = args.round === undefined;
  const startRound = (n: number) => {
    if (args.round !== undefined && n >= Number(args.round)) printing = true;
    if (printing) console.log(`-- round ${n}`);
  };
  const report = (name: string, score: (pool: (typeof pools)[number], index: number) => number[]) => {
    if (!printing) return;
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
    perQuery.set(name, byParity.all);
  };
  // Per-query nDCG of every line printed, for paired comparisons.
  const perQuery = new Map<string, number[]>();
  /** Paired difference of two printed lines over all queries, with a normal-approximation 95 % interval. */
  const compare = (line: string, against: string) => {
    const [a, b] = [perQuery.get(line), perQuery.get(against)];
    if (!a || !b) return;
    const differences = a.map((value, i) => value - b[i]!);
    const average = mean(differences);
    const se = Math.sqrt(mean(differences.map((d) => (d - average) ** 2)) / differences.length);
    const changed = differences.filter((d) => d !== 0).length;
    console.log(`  Δ "${line}" − "${against}": ${average.toFixed(4)} ± ${(1.96 * se).toFixed(4)} (95 %), ${changed} of ${differences.length} queries changed`);
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

  startRound(1);
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

  // ---- Second round (issue 21, item 5): ceiling, combinations, query-side IDF, term dependence ----
  const { detectLanguage } = await import("@/lib/rag/language");
  startRound(2);
  // Ceiling of re-ranking the pool: every relevant document it holds first.
  report("oracle: relevant documents of the pool first", (p, i) => p.candidates.map((c) => (queries[i]!.relevant.has(c.document) ? 1 : 0)));

  // The query stemmed in its detected language only (the index stems chunks in theirs).
  const detectedTerms = (query: string) => [...new Set(tokenizeForSearch(query, detectLanguage(query)))];
  // Query-side-only IDF weighting: the stored chunk embeddings stay as they are (no re-embedding),
  // the query vector is a sum of its words' embeddings weighted by the workspace's IDF.
  // The same IDF-weighted embedding, with the query stemmed in its detected language.
  const queryIdfEmbedding = (text: string) => idfEmbedding(text, detectLanguage(text));
  // Term dependence (Metzler & Croft 2005, sequential dependence): adjacent query stem pairs
  // found in the chunk as an ordered pair (next content word) and as an unordered pair within
  // 8 content words; BM25-saturated, weighted by a bigram IDF.
  const bigramDf = new Map<string, number>();
  const windowDf = new Map<string, number>();
  const pairsIn = (tokens: string[], window: number, ordered: boolean) => {
    const found = new Map<string, number>();
    for (let i = 0; i < tokens.length; i++) {
      for (let j = i + 1; j < Math.min(tokens.length, i + window); j++) {
        const key = ordered ? `${tokens[i]} ${tokens[j]}` : [tokens[i], tokens[j]].sort().join(" ");
        found.set(key, (found.get(key) ?? 0) + 1);
      }
    }
    return found;
  };
  // Corpus bigram statistics from whole documents (the upper bound of what a bigram index gives).
  for (const tokens of documentTokens.values()) {
    for (const key of pairsIn(tokens, 2, true).keys()) bigramDf.set(key, (bigramDf.get(key) ?? 0) + 1);
  }
  const nDocs = documentTokens.size;
  const pairIdf = (df: number) => Math.log(1 + (nDocs - df + 0.5) / (df + 0.5));
  const sdm = (queryStems: string[], tokens: string[], mode: "corpus" | "unigram") => {
    if (queryStems.length < 2) return { ordered: 0, unordered: 0 };
    const ordered = pairsIn(tokens, 2, true);
    const unordered = pairsIn(tokens, 8, false);
    const norm = 1.2 * (1 - 0.75 + (0.75 * tokens.length) / averageLength);
    let o = 0;
    let u = 0;
    for (let i = 0; i + 1 < queryStems.length; i++) {
      const [a, b] = [queryStems[i]!, queryStems[i + 1]!];
      if (a === b) continue;
      const key = `${a} ${b}`;
      const weight = mode === "corpus" ? pairIdf(bigramDf.get(key) ?? 0) : Math.min(idf(a), idf(b));
      const tfo = ordered.get(key) ?? 0;
      const tfu = unordered.get([a, b].sort().join(" ")) ?? 0;
      if (tfo > 0) o += (weight * tfo * 2.2) / (tfo + norm);
      if (tfu > 0) u += (weight * tfu * 2.2) / (tfu + norm);
    }
    return { ordered: o, unordered: u };
  };
  void windowDf;

  type Features = { chunk: number[]; chunkDetected: number[]; doc: number[]; docDetected: number[]; sim: number[]; idfSim: number[]; qIdfSim: number[]; sdmO: number[]; sdmU: number[]; sdmOu: number[]; sdmUu: number[] };
  const features: Features[] = pools.map((p, index) => {
    const both = queryTerms(p.query);
    const detected = detectedTerms(p.query);
    // Query stems in order (duplicates kept out), for the sequential pairs.
    const language = detectLanguage(p.query);
    const sequence = tokenizeForSearch(p.query, language);
    const qIdf = queryIdfEmbedding(p.query);
    const chunkIdf = idfSimilarity(p, index);
    const out: Features = { chunk: [], chunkDetected: [], doc: [], docDetected: [], sim: [], idfSim: chunkIdf, qIdfSim: [], sdmO: [], sdmU: [], sdmOu: [], sdmUu: [] };
    for (const c of p.candidates) {
      out.chunk.push(c.bm25);
      out.chunkDetected.push(bm25(detected, c.tokens));
      out.doc.push(bm25(both, documentTokens.get(c.document)!, 1.2, 0.75, averageDocument, documentIdf));
      out.docDetected.push(bm25(detected, documentTokens.get(c.document)!, 1.2, 0.75, averageDocument, documentIdf));
      out.sim.push(c.similarity);
      out.qIdfSim.push(dot(qIdf, c.embedding));
      const s1 = sdm(sequence, c.tokens, "corpus");
      const s2 = sdm(sequence, c.tokens, "unigram");
      out.sdmO.push(s1.ordered);
      out.sdmU.push(s1.unordered);
      out.sdmOu.push(s2.ordered);
      out.sdmUu.push(s2.unordered);
    }
    return out;
  });
  const byMax = (values: number[]) => {
    const max = Math.max(...values, 1e-9);
    return values.map((v) => v / max);
  };
  const f = (i: number) => features[i]!;
  const add = (a: number[], b: number[], w = 1) => a.map((v, i) => v + w * b[i]!);
  report("query-side-IDF embeddings alone (stored chunk vectors)", (_, i) => f(i).qIdfSim);
  for (const weight of [0.6, 0.7, 0.8]) report(`blend ${weight} with query-side-IDF embeddings`, (_, i) => blend(f(i).chunk, f(i).qIdfSim, weight));
  report("chunk BM25, query in its detected language", (_, i) => blend(f(i).chunkDetected, f(i).sim));
  report("doc BM25, query in its detected language", (_, i) => blend(f(i).docDetected, f(i).sim));
  report("chunk + doc BM25 (each / max), detected", (_, i) => blend(add(byMax(f(i).chunkDetected), byMax(f(i).docDetected)), f(i).sim));
  report("max(chunk, doc) BM25 (each / max), detected", (_, i) => blend(byMax(f(i).chunkDetected).map((v, j) => Math.max(v, byMax(f(i).docDetected)[j]!)), f(i).sim));
  for (const w of [0.05, 0.1, 0.2]) {
    report(`SDM ordered+unordered (corpus bigram idf) ${w}`, (_, i) => blend(add(add(f(i).chunkDetected, f(i).sdmO, w), f(i).sdmU, w), f(i).sim));
    report(`SDM ordered+unordered (min unigram idf) ${w}`, (_, i) => blend(add(add(f(i).chunkDetected, f(i).sdmOu, w), f(i).sdmUu, w), f(i).sim));
  }
  // The combination: document + chunk evidence, query in its language, IDF-weighted similarity.
  for (const weight of [0.5, 0.6, 0.7, 0.8]) {
    report(`combo: chunk+doc (detected) × idf-emb both sides, w ${weight}`, (_, i) => blend(add(byMax(f(i).chunkDetected), byMax(f(i).docDetected)), f(i).idfSim, weight));
    report(`combo: chunk+doc (detected) × query-side idf-emb, w ${weight}`, (_, i) => blend(add(byMax(f(i).chunkDetected), byMax(f(i).docDetected)), f(i).qIdfSim, weight));
    report(`combo: doc (detected) × idf-emb both sides, w ${weight}`, (_, i) => blend(f(i).docDetected, f(i).idfSim, weight));
  }

  // ---- Round 3: the lexical model itself (IDF exponent, k1/b chosen on odd), short tokens, rank fusion ----
  startRound(3);
  const docBm25 = (terms: string[], tokens: string[], k1: number, b: number, power: number) =>
    bm25(terms, tokens, k1, b, averageDocument, (t) => documentIdf(t) ** power);
  const detectedByPool = pools.map((p) => detectedTerms(p.query));
  for (const power of [1.25, 1.5, 2]) {
    report(`chunk BM25 with idf^${power}, detected`, (p, i) => blend(p.candidates.map((c) => bm25(detectedByPool[i]!, c.tokens, 1.2, 0.75, averageLength, (t) => idf(t) ** power)), sim(p)));
    report(`doc BM25 with idf^${power}, detected`, (p, i) => blend(p.candidates.map((c) => docBm25(detectedByPool[i]!, documentTokens.get(c.document)!, 1.2, 0.75, power)), sim(p)));
  }
  for (const k1 of [0.6, 0.9, 1.5, 2.0]) {
    for (const b of [0.4, 0.6, 0.9]) {
      report(`doc BM25 k1 ${k1} b ${b}, detected`, (p, i) => blend(p.candidates.map((c) => docBm25(detectedByPool[i]!, documentTokens.get(c.document)!, k1, b, 1)), sim(p)));
    }
  }
  // Single letters and digits kept ("vitamin D", "type 2", "IL-6"): the index drops them today.
  const shortTokens = (text: string, language: "en" | "de") =>
    text.normalize("NFC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0 && !isStopword(w, language)).map((w) => stemWord(w, language));
  const shortDocTokens = new Map(corpus.map((d) => [d.id, shortTokens(`${d.title}\n\n${d.text}`, "en")]));
  const shortDf = new Map<string, number>();
  for (const tokens of shortDocTokens.values()) for (const term of new Set(tokens)) shortDf.set(term, (shortDf.get(term) ?? 0) + 1);
  const shortAverage = [...shortDocTokens.values()].reduce((sum, t) => sum + t.length, 0) / shortDocTokens.size;
  const shortIdf = (term: string) => (shortDf.has(term) ? Math.log(1 + (nDocs - shortDf.get(term)! + 0.5) / (shortDf.get(term)! + 0.5)) : 0);
  report("doc BM25 with single-character tokens kept", (p) => {
    const terms = [...new Set(shortTokens(p.query, detectLanguage(p.query)))];
    return blend(p.candidates.map((c) => bm25(terms, shortDocTokens.get(c.document)!, 1.2, 0.75, shortAverage, shortIdf)), sim(p));
  });
  const ranks = (values: number[]) => {
    const order = values.map((v, i) => ({ v, i })).sort((a, b) => b.v - a.v);
    const out = new Array<number>(values.length);
    order.forEach(({ i }, r) => (out[i] = r));
    return out;
  };
  const rrf = (...lists: number[][]) => lists.map(ranks).reduce((sum, r) => sum.map((v, i) => v + 1 / (60 + r[i]! + 1)), new Array<number>(lists[0]!.length).fill(0));
  report("RRF of chunk BM25, doc BM25, idf-emb (detected)", (_, i) => rrf(f(i).chunkDetected, f(i).docDetected, f(i).idfSim));
  report("RRF of doc BM25, idf-emb (detected)", (_, i) => rrf(f(i).docDetected, f(i).idfSim));
  // Whole documents embedded with corpus IDF (title + abstract), both sides.
  const docIdfEmbedding = new Map<string, number[]>();
  const docIdfSim = (p: (typeof pools)[number], index: number) =>
    p.candidates.map((c) => {
      if (!docIdfEmbedding.has(c.document)) {
        const d = corpus.find((x) => x.id === c.document)!;
        docIdfEmbedding.set(c.document, idfEmbedding(`${d.title}\n\n${d.text}`));
      }
      return dot(idfQueries[index]!, docIdfEmbedding.get(c.document)!);
    });
  for (const weight of [0.6, 0.7]) report(`doc BM25 × doc-level idf-emb, w ${weight}`, (p, i) => blend(f(i).docDetected, docIdfSim(p, i), weight));

  // ---- Round 4: what retrieve() can do at query time without re-indexing or re-embedding ----
  startRound(4);
  for (const weight of [0.5, 0.6, 0.7, 0.8]) {
    report(`detected chunk BM25 × query-side idf-emb, w ${weight}`, (_, i) => blend(f(i).chunkDetected, f(i).qIdfSim, weight));
  }
  // Document evidence from the chunks' own term vectors: a source's chunks summed, scored with
  // the chunk-level IDF (no source-level statistics are kept) and the mean document length.
  const chunksPerDocument = 7208 / 5183;
  void chunksPerDocument;
  report("chunk + doc BM25 (chunk idf, mean doc length), detected", (p, i) => {
    const docs = p.candidates.map((c) => bm25(detectedByPool[i]!, documentTokens.get(c.document)!, 1.2, 0.75, averageDocument, idf));
    return blend(add(byMax(f(i).chunkDetected), byMax(docs)), f(i).sim);
  });
  for (const weight of [0.5, 0.6, 0.7]) {
    report(`chunk + doc (chunk idf) × query-side idf-emb, w ${weight}`, (p, i) => {
      const docs = p.candidates.map((c) => bm25(detectedByPool[i]!, documentTokens.get(c.document)!, 1.2, 0.75, averageDocument, idf));
      return blend(add(byMax(f(i).chunkDetected), byMax(docs)), f(i).qIdfSim, weight);
    });
  }

  // ---- Round 5: retrieve()'s own functions (query-language.ts, idf-weighted-query.ts) ----
  startRound(5);
  report("baseline again (for the paired comparisons below)", (p) => blend(lex(p), sim(p)));
  const productionFeatures = pools.map((p) => {
    const terms = productionQueryTerms(p.query);
    const weighted = idfWeightedQueryEmbedding(p.query, queryLanguages(p.query), { idf: (stem) => (df.has(stem) ? idf(stem) : undefined), unknownIdf });
    return {
      bm25: p.candidates.map((c) => bm25(terms, c.tokens)),
      similarity: weighted ? p.candidates.map((c) => dot(weighted, c.embedding)) : sim(p),
    };
  });
  const languageCounts = pools.reduce<Record<string, number>>((counts, p) => {
    const key = queryLanguages(p.query).join("+");
    counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  }, {});
  console.log(`query languages (function words): ${JSON.stringify(languageCounts)}`);
  report("query terms in the query's language, plain cosine", (p, i) => blend(productionFeatures[i]!.bm25, sim(p)));
  report("plain query terms, idf-weighted query vector", (p, i) => blend(lex(p), productionFeatures[i]!.similarity));
  for (const weight of [0.6, 0.7, 0.8]) {
    report(`both (retrieve()'s new reranker input), w ${weight}`, (_, i) => blend(productionFeatures[i]!.bm25, productionFeatures[i]!.similarity, weight));
  }
  // With an IDF exponent on the lexical side too (round 3's best chunk-level line, chosen on odd).
  for (const power of [1.25, 1.5]) {
    report(`both, w 0.7, + chunk BM25 with idf^${power}`, (p, i) => {
      const terms = productionQueryTerms(p.query);
      return blend(p.candidates.map((c) => bm25(terms, c.tokens, 1.2, 0.75, averageLength, (t) => idf(t) ** power)), productionFeatures[i]!.similarity);
    });
  }
  compare("both, w 0.7, + chunk BM25 with idf^1.5", "baseline again (for the paired comparisons below)");
  compare("both (retrieve()'s new reranker input), w 0.7", "baseline again (for the paired comparisons below)");
  compare("query terms in the query's language, plain cosine", "baseline again (for the paired comparisons below)");
  compare("plain query terms, idf-weighted query vector", "baseline again (for the paired comparisons below)");
  process.exit(0);
}

main().catch((error) => {
  console.error("Experiments failed:", error);
  process.exit(1);
});
