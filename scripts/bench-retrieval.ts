// `npm run bench:retrieval -- --corpus <tsv> --queries <tsv> --labels <tsv> [--max-queries N]`
// Ingests a labelled corpus (WANDS/SciFact TSV layout: product_id, product_name,
// product_description) through the real pipeline into the configured database (a fresh
// embedded one under .data/bench unless DATABASE_URL is set), then runs every query through
// retrieve() and prints nDCG@10, recall@100, ingest time and p50/p95 query latency, with and
// without the rerank step.
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";

type Args = { corpus: string; queries: string; labels: string; maxQueries: number };

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
  return { corpus, queries, labels, maxQueries: Number(get("max-queries") ?? Number.POSITIVE_INFINITY) };
}

function readTsv(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, "utf8"), { header: true, delimiter: "\t", skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0]!.message} (row ${parsed.errors[0]!.row})`);
  return parsed.data;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function ndcgAt(ranked: string[], relevant: Set<string>, k: number): number {
  const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + (relevant.has(id) ? 1 / Math.log2(i + 2) : 0), 0);
  const ideal = Array.from({ length: Math.min(k, relevant.size) }, (_, i) => 1 / Math.log2(i + 2)).reduce((a, b) => a + b, 0);
  return ideal > 0 ? dcg / ideal : 0;
}

function recallAt(ranked: string[], relevant: Set<string>, k: number): number {
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / relevant.size;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR = path.join(".data", "bench", `pglite-${Date.now()}`);
  process.env.BRANDPILOT_DEMO = "false";

  const { getDb } = await import("@/lib/db/client");
  const { env } = await import("@/lib/env");
  const { workspaces } = await import("@/lib/db/schema");
  const { createId } = await import("@/lib/ids");
  const { createSourceVersion } = await import("@/lib/knowledge/sources/create-source-version");
  const { submitIngestion } = await import("@/lib/knowledge/sources/submit-ingestion");
  const { loadJobHandlers } = await import("@/lib/jobs/handlers");
  const { runQueuedJobs } = await import("@/lib/jobs/worker");
  const { retrieve } = await import("@/lib/knowledge/retrieve/retrieve");

  const db = await getDb();
  const driver = env.DATABASE_URL ? "postgres" : "pglite";
  const workspaceId = createId("workspace");
  await db.insert(workspaces).values({ id: workspaceId, slug: `bench-${Date.now()}`, name: "Retrieval benchmark" });

  const corpus = readTsv(args.corpus);
  const productIdBySource = new Map<string, string>();
  console.log(`[bench] ${driver}: ingesting ${corpus.length} documents…`);
  const ingestStarted = performance.now();
  const versionIds: string[] = [];
  const SOURCE_BATCH = 500;
  for (let i = 0; i < corpus.length; i += SOURCE_BATCH) {
    await db.transaction(async (tx) => {
      for (const row of corpus.slice(i, i + SOURCE_BATCH)) {
        const title = row.product_name ?? "";
        const created = await createSourceVersion(tx, {
          workspaceId,
          actorId: null,
          title: title.slice(0, 200) || row.product_id!,
          kind: "other",
          classification: "public",
          language: "en",
          canonicalUrl: null,
          origin: "paste",
          format: "text",
          fileName: `${row.product_id}.txt`,
          bytes: new TextEncoder().encode(`${title}\n\n${row.product_description ?? ""}`),
        });
        productIdBySource.set(created.sourceId, row.product_id!);
        versionIds.push(created.versionId!);
      }
    });
  }
  await db.transaction((tx) => submitIngestion(tx, { workspaceId, versionIds }));
  await runQueuedJobs(db, await loadJobHandlers());
  const ingestSeconds = (performance.now() - ingestStarted) / 1000;
  console.log(`[bench] ingested in ${ingestSeconds.toFixed(1)} s`);

  const labels = readTsv(args.labels);
  const relevantByQuery = new Map<string, Set<string>>();
  for (const label of labels) {
    if (label.label !== "Exact" && label.label !== "Partial") continue;
    const set = relevantByQuery.get(label.query_id!) ?? new Set<string>();
    set.add(label.product_id!);
    relevantByQuery.set(label.query_id!, set);
  }
  const queries = readTsv(args.queries)
    .filter((q) => relevantByQuery.has(q.query_id!))
    .slice(0, args.maxQueries);

  const runPass = async (rerank: boolean) => {
    const ndcgs: number[] = [];
    const recalls: number[] = [];
    const latencies: number[] = [];
    for (const query of queries) {
      const started = performance.now();
      const results = await retrieve(db, {
        workspaceId,
        query: query.query!,
        viewer: { role: "admin" },
        k: 100,
        candidates: 100,
        purpose: "playground",
        rerank,
      });
      latencies.push(performance.now() - started);
      const ranked: string[] = [];
      for (const result of results) {
        const productId = productIdBySource.get(result.sourceId)!;
        if (!ranked.includes(productId)) ranked.push(productId);
      }
      const relevant = relevantByQuery.get(query.query_id!)!;
      ndcgs.push(ndcgAt(ranked, relevant, 10));
      recalls.push(recallAt(ranked, relevant, 100));
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    return {
      ndcgAt10: Number(mean(ndcgs).toFixed(4)),
      recallAt100: Number(mean(recalls).toFixed(4)),
      p50Ms: Number(percentile(latencies, 50).toFixed(1)),
      p95Ms: Number(percentile(latencies, 95).toFixed(1)),
    };
  };

  // One warm-up query so the first measured query does not pay for cold caches.
  await retrieve(db, { workspaceId, query: queries[0]!.query!, viewer: { role: "admin" }, purpose: "playground" });
  const withRerank = await runPass(true);
  const withoutRerank = await runPass(false);
  const report = {
    driver,
    corpus: path.basename(args.corpus),
    documents: corpus.length,
    queries: queries.length,
    ingestSeconds: Number(ingestSeconds.toFixed(1)),
    hybridWithRerank: withRerank,
    hybridWithoutRerank: withoutRerank,
  };
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}

main().catch((error) => {
  console.error("Benchmark failed:", error);
  process.exit(1);
});
