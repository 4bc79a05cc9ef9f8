// `npm run bench:retrieval -- --corpus <tsv> --queries <tsv> --labels <tsv> [--max-queries N]`
// Ingests a labelled corpus (WANDS/SciFact TSV layout: product_id, product_name,
// product_description) through the real pipeline into the configured database (a fresh
// embedded one under .data/bench unless DATABASE_URL is set), then runs every query through
// retrieve() and prints nDCG@10, recall@100, ingest time and p50/p95 query latency, with and
// without the rerank step, for all queries and for the odd and even query ids apart (choose a
// parameter on one half, report the other: issue 21). `--reuse <file.json>` keeps the ingested
// workspace (written there after the first run, read on later runs against the same database)
// so ranking changes can be measured without ingesting again. The same pieces at catalogue
// scale: scripts/bench-scale.ts.
import path from "node:path";

type Args = { corpus: string; queries: string; labels: string; maxQueries: number; reuse?: string };

function parseArgs(argv: string[]): Args {
  const get = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const corpus = get("corpus");
  const queries = get("queries");
  const labels = get("labels");
  if (!corpus || !queries || !labels) {
    console.error("Usage: npm run bench:retrieval -- --corpus <tsv> --queries <tsv> --labels <tsv> [--max-queries N]");
    process.exit(2);
  }
  return { corpus, queries, labels, maxQueries: Number(get("max-queries") ?? Number.POSITIVE_INFINITY), reuse: get("reuse") };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  // With --reuse the embedded database lives next to the reuse file, so a later run finds it.
  if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR = args.reuse ? `${args.reuse}.pglite` : path.join(".data", "bench", `pglite-${Date.now()}`);
  process.env.BRANDPILOT_DEMO = "false";

  // Imported after the environment is set: lib/env reads it once, at import.
  const { getDb } = await import("@/lib/db/client");
  const { env } = await import("@/lib/env");
  const { workspaces } = await import("@/lib/db/schema");
  const { createId } = await import("@/lib/ids");
  const { retrieve } = await import("@/lib/knowledge/retrieve/retrieve");
  const { readCorpus, readLabelledQueries } = await import("@/lib/eval/retrieval/labelled-corpus");
  const { ingestDocuments } = await import("@/lib/eval/retrieval/ingest-documents");
  const { runQueryPass, summarisePass } = await import("@/lib/eval/retrieval/query-pass");
  const { ingestOrReuse } = await import("@/lib/eval/retrieval/reuse-workspace");

  const db = await getDb();
  const driver = env.DATABASE_URL ? "postgres" : "pglite";
  const corpus = readCorpus(args.corpus);
  const ingested = await ingestOrReuse(args.reuse, driver, async () => {
    const workspaceId = createId("workspace");
    await db.insert(workspaces).values({ id: workspaceId, slug: `bench-${Date.now()}`, name: "Retrieval benchmark" });
    console.log(`[bench] ${driver}: ingesting ${corpus.length} documents…`);
    const result = await ingestDocuments(db, { workspaceId, documents: corpus });
    console.log(`[bench] ingested in ${result.seconds.toFixed(1)} s`);
    return { workspaceId, documentIdBySource: result.documentIdBySource, seconds: result.seconds };
  });
  const { workspaceId } = ingested;

  const queries = readLabelledQueries({ queries: args.queries, labels: args.labels, max: args.maxQueries });
  const runPass = async (rerank: boolean, feedback = false) => {
    const outcomes = await runQueryPass(db, { workspaceId, queries, documentIdBySource: ingested.documentIdBySource, rerank, feedback });
    const { ndcgAt10, recallAt100, p50Ms, p95Ms, stageMeansMs } = summarisePass(queries, outcomes);
    const half = (parity: number) => {
      const ids = new Set(queries.filter((q) => Number(q.id) % 2 === parity).map((q) => q.id));
      const summary = summarisePass(queries.filter((q) => ids.has(q.id)), outcomes.filter((o) => ids.has(o.queryId)));
      return { queries: ids.size, ndcgAt10: summary.ndcgAt10, recallAt100: summary.recallAt100 };
    };
    return { ndcgAt10, recallAt100, p50Ms, p95Ms, oddIds: half(1), evenIds: half(0), stageMeansMs };
  };

  // One warm-up query so the first measured query does not pay for cold caches.
  await retrieve(db, { workspaceId, query: queries[0]!.text, viewer: { role: "admin" }, purpose: "playground" });
  const withRerank = await runPass(true);
  const withFeedback = await runPass(true, true);
  const withoutRerank = await runPass(false);
  const report = {
    driver,
    corpus: path.basename(args.corpus),
    documents: corpus.length,
    queries: queries.length,
    ingestSeconds: Number(ingested.seconds.toFixed(1)),
    hybridWithRerank: withRerank,
    // RM3 pseudo-relevance feedback before the rerank (off by default: retrieve()'s `feedback`).
    hybridWithRerankAndFeedback: withFeedback,
    hybridWithoutRerank: withoutRerank,
  };
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}

main().catch((error) => {
  console.error("Benchmark failed:", error);
  process.exit(1);
});
