// `npm run bench:crawl [-- --pages 1000 --concurrency 4]`: serves a generated website of that many
// pages (a sitemap plus links between pages) from a local node:http server and syncs a website
// connector over it through the real path (safe outbound client → robots.txt → sitemap → page
// fetches → boilerplate removal and text hash → one source version and ingestion job per page).
// Reports pages/s for the first sync (every page new) and for a second one (every page answered
// 304). Ingestion (chunking, embedding) is a separate job and not timed here. The site is on
// 127.0.0.1, so the bench workspace allows private networks, like an intranet customer.
// Runs against DATABASE_URL, or a fresh embedded PGlite under .data/bench.
import fs from "node:fs";
import path from "node:path";

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const PAGES = arg("pages", 1_000);
const CONCURRENCY = arg("concurrency", 4);

async function main() {
  const bench = path.join(".data", "bench");
  fs.mkdirSync(bench, { recursive: true });
  if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR = path.join(bench, `crawl-${Date.now()}`);
  process.env.BRANDPILOT_DEMO = "false";
  process.env.JOB_WORKER_IN_PROCESS = "false";

  const { getDb } = await import("@/lib/db/client");
  const { eq, sql } = await import("drizzle-orm");
  const { knowledgeConnectorSyncs, workspaces } = await import("@/lib/db/schema");
  const { createId } = await import("@/lib/ids");
  const { createConnector } = await import("@/lib/knowledge/connectors/manage-connectors");
  const { runConnectorSync } = await import("@/lib/knowledge/connectors/sync-connector");
  const { htmlPage, startTestWebsite } = await import("@/lib/testing/test-website");
  const { executeRows } = await import("@/lib/db/execute");
  const { INGEST_JOB_TYPE } = await import("@/lib/knowledge/ingest/ingest-types");

  const site = await startTestWebsite();
  const paragraph = "Our wool is spun in a small mill by the fjord, dyed with plants and knitted into sweaters that last a decade. ";
  for (let i = 0; i < PAGES; i++) {
    const links = [`/page-${(i + 1) % PAGES}`, `/page-${(i * 7 + 3) % PAGES}`, "/"];
    site.pages.set(`/page-${i}`, { body: htmlPage({ title: `Page ${i}`, body: `Page ${i}. ${paragraph.repeat(8)}`, links }) });
  }
  site.pages.set("/robots.txt", { body: `User-agent: *\nAllow: /\nSitemap: ${site.origin}/sitemap.xml\n`, contentType: "text/plain" });
  site.pages.set("/sitemap.xml", {
    contentType: "application/xml",
    body: `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${Array.from({ length: PAGES }, (_, i) => `<url><loc>${site.origin}/page-${i}</loc></url>`).join("")}</urlset>`,
  });

  const db = await getDb();
  const workspaceId = createId("workspace");
  await db.insert(workspaces).values({ id: workspaceId, slug: `bench-crawl-${Date.now()}`, name: "Crawl bench", allowPrivateNetworks: true });
  const { connectorId } = await db.transaction((tx) =>
    createConnector(tx, {
      workspaceId,
      actorId: "usr_bench",
      kind: "website",
      name: "Bench site",
      url: `${site.origin}/sitemap.xml`,
      schedule: "manual",
      config: { pageLimit: PAGES, concurrency: CONCURRENCY, delayMs: 0, classification: "public", language: "en" },
    }),
  );

  const timeSync = async (label: string) => {
    site.requests.length = 0;
    const started = performance.now();
    const outcome = await runConnectorSync(db, { workspaceId, connectorId, trigger: "manual" });
    const seconds = (performance.now() - started) / 1000;
    if (outcome.status !== "succeeded") throw new Error(`${label}: ${JSON.stringify(outcome)}`);
    const [sync] = await db.select().from(knowledgeConnectorSyncs).where(eq(knowledgeConnectorSyncs.id, outcome.syncId));
    const pageRequests = site.requests.filter((r) => r.path.startsWith("/page-")).length;
    const notModified = site.requests.filter((r) => r.status === 304).length;
    console.log(
      `${label}: ${pageRequests} page requests (${notModified} answered 304) in ${seconds.toFixed(2)} s = ${(pageRequests / seconds).toFixed(1)} pages/s; ` +
        `added ${sync!.added}, changed ${sync!.changed}, unchanged ${sync!.unchanged}, removed ${sync!.removed}, failed ${sync!.failed}`,
    );
  };

  console.log(`bench:crawl — ${PAGES} generated pages, concurrency ${CONCURRENCY}, no delay, ${process.env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}`);
  await timeSync("first sync (all new)");
  await timeSync("second sync (unchanged)");
  const [counted] = await executeRows<{ jobs: number }>(db, sql`select count(*)::int as jobs from jobs where workspace_id = ${workspaceId} and type = ${INGEST_JOB_TYPE}`);
  const jobs = counted?.jobs ?? 0;
  console.log(`ingestion jobs queued (not run by the bench): ${jobs}`);
  await site.close();
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
