// `npm run bench:ingest -- --corpus <tsv> [--distractors N] [--job-size N] [--seed S]`
// Ingestion throughput alone (issue 18): the labelled corpus plus N seeded distractors (as
// bench:scale makes them) through the real pipeline into the configured database, then the same
// documents submitted again unchanged (what a re-import costs). No queries: this is the loop to
// profile (`node --cpu-prof --import tsx …`) and tune ingestion with.
import path from "node:path";

function argument(argv: string[], name: string, fallback?: string): string | undefined {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : fallback;
}

async function main() {
  const argv = process.argv.slice(2);
  const corpusPath = argument(argv, "corpus");
  if (!corpusPath) {
    console.error("Usage: npm run bench:ingest -- --corpus <tsv> [--distractors N (5000)] [--job-size N (10000)] [--seed S (18)]");
    process.exit(2);
  }
  const distractors = Number(argument(argv, "distractors", "5000"));
  const jobSize = Number(argument(argv, "job-size", "10000"));
  const seed = Number(argument(argv, "seed", "18"));
  if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR = path.join(".data", "bench", `pglite-ingest-${Date.now()}`);
  process.env.BRANDPILOT_DEMO = "false";

  const { getDb } = await import("@/lib/db/client");
  const { workspaces } = await import("@/lib/db/schema");
  const { createId } = await import("@/lib/ids");
  const { sql } = await import("drizzle-orm");
  const { executeRows } = await import("@/lib/db/execute");
  const { readCorpus } = await import("@/lib/eval/retrieval/labelled-corpus");
  const { ingestDocuments } = await import("@/lib/eval/retrieval/ingest-documents");
  const { distractorSource, generateDistractors } = await import("@/lib/eval/scale/distractors");
  const { createSourceVersion } = await import("@/lib/knowledge/sources/create-source-version");

  const db = await getDb();
  const corpus = readCorpus(corpusPath);
  const source = distractorSource(corpus);
  const documents = () => [...corpus, ...generateDistractors(source, { count: distractors, seed })];
  const workspaceId = createId("workspace");
  await db.insert(workspaces).values({ id: workspaceId, slug: `bench-ingest-${Date.now()}`, name: "Ingest benchmark" });

  const all = documents();
  const ingested = await ingestDocuments(db, {
    workspaceId,
    documents: all,
    jobSize,
    onJobDone: (p) => console.log(`[ingest] ${p.documents}/${all.length} documents, ${p.seconds.toFixed(1)} s, ${(p.documents / p.seconds).toFixed(1)} docs/s`),
  });
  const [counts] = await executeRows<{ chunks: string | number; not_ready: string | number }>(db, sql`
    select (select count(*) from knowledge_chunks where workspace_id = ${workspaceId}) as chunks,
           (select count(*) from knowledge_source_versions where workspace_id = ${workspaceId} and status <> 'ready') as not_ready`);
  const rate = ingested.documents / ingested.seconds;
  console.log(`[ingest] ${ingested.documents} documents → ${counts!.chunks} chunks in ${ingested.seconds.toFixed(1)} s (${rate.toFixed(1)} docs/s), ${counts!.not_ready} not ready`);

  // Re-import unchanged: every source refuses the same bytes before any job is queued.
  const encoder = new TextEncoder();
  const started = performance.now();
  let unchanged = 0;
  const bySourceDocument = new Map([...ingested.documentIdBySource].map(([sourceId, documentId]) => [documentId, sourceId]));
  for (let i = 0; i < all.length; i += 500) {
    await db.transaction(async (tx) => {
      for (const document of all.slice(i, i + 500)) {
        try {
          await createSourceVersion(tx, {
            workspaceId, actorId: null, sourceId: bySourceDocument.get(document.id), title: document.title.slice(0, 200) || document.id,
            kind: "other", classification: "public", language: "en", canonicalUrl: null, origin: "paste", format: "text",
            fileName: `${document.id}.txt`, bytes: encoder.encode(`${document.title}\n\n${document.text}`),
          });
        } catch (error) {
          if (!(error instanceof Error) || !/Unchanged/.test(error.message)) throw error;
          unchanged += 1;
        }
      }
    });
  }
  const reSeconds = (performance.now() - started) / 1000;
  console.log(`[ingest] re-import of ${all.length} unchanged documents: ${unchanged} refused as unchanged in ${reSeconds.toFixed(1)} s (${(all.length / reSeconds).toFixed(0)} docs/s)`);
  console.log(`ingest docs: ${ingested.documents} chunks: ${counts!.chunks} docs/s: ${rate.toFixed(1)} reimport docs/s: ${(all.length / reSeconds).toFixed(0)}`);
  process.exit(0);
}

main().catch((error) => {
  console.error("Benchmark failed:", error);
  process.exit(1);
});
