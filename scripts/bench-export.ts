// `npm run bench:export [-- --rows 200000]`: fills one workspace with about that many raw KPI rows
// (plus model call records, a tenth as many) next to a small second workspace, then streams its
// export archive through the real path (claim → ZIP stream → progress row → audit entry) into a
// file, and reports rows/s, bytes, and the process's peak memory growth: the archive is streamed,
// so memory must not grow with the workspace. Runs against DATABASE_URL, or a fresh embedded
// PGlite under .data/bench.
import fs from "node:fs";
import path from "node:path";

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const ROWS = arg("rows", 200_000);

async function main() {
  const bench = path.join(".data", "bench");
  fs.mkdirSync(bench, { recursive: true });
  if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR = path.join(bench, `export-${Date.now()}`);
  process.env.BRANDPILOT_DEMO = "false";
  process.env.JOB_WORKER_IN_PROCESS = "false";

  const { getDb } = await import("@/lib/db/client");
  const { env } = await import("@/lib/env");
  const { sql } = await import("drizzle-orm");
  const { workspaces, users, memberships } = await import("@/lib/db/schema");
  const { createId } = await import("@/lib/ids");
  const { createWorkspaceExport, getWorkspaceExport } = await import("@/lib/data-protection/export/export-records");
  const { openWorkspaceExportDownload } = await import("@/lib/data-protection/export/download-export");

  const db = await getDb();
  const workspaceId = createId("workspace");
  const otherId = createId("workspace");
  const userId = createId("user");
  await db.insert(users).values({ id: userId, email: `bench-${userId}@example.test`, name: "Bench Admin" });
  await db.insert(workspaces).values([
    { id: workspaceId, slug: `bench-${Date.now()}`, name: "Export bench" },
    { id: otherId, slug: `bench-other-${Date.now()}`, name: "Other" },
  ]);
  await db.insert(memberships).values({ workspaceId, userId, role: "admin" });

  const fillStarted = performance.now();
  // Raw KPI rows: one ad per row over consecutive days; generate_series keeps the fill in the database.
  const ads = 500;
  await db.execute(sql`
    insert into kpi_performance (workspace_id, date, key_hash, channel, campaign, ad_group, ad_id, impressions, clicks,
      conversions, cost_minor, revenue_minor, currency, utm_campaign, import_id)
    select ${workspaceId}, date '2024-01-01' + (n / ${ads}), md5(${workspaceId} || n)::uuid, 'google-ads',
      'Campaign ' || (n % 40), 'Ad group ' || (n % 480), 'ad-' || (n % ${ads}), 1000 + n % 997, 10 + n % 53,
      (n % 7)::numeric / 2, 1000 + n % 5000, 3000 + n % 9000, 'EUR', 'campaign_' || (n % 40), 'kpi-import-bench'
    from generate_series(0, ${ROWS - 1}) as n`);
  const calls = Math.max(1, Math.floor(ROWS / 10));
  await db.execute(sql`
    insert into model_calls (id, workspace_id, user_id, task, chosen_model, reasons, attempts, input_tokens, output_tokens, latency_ms, created_at)
    select 'mcall_bench_' || n, ${workspaceId}, ${userId}, 'seo-asset', 'local:extractive-v1',
      '[{"modelId":"local:extractive-v1","outcome":"chosen","reason":"bench"}]'::jsonb, '[]'::jsonb, 800, 300, 90,
      now() - (n || ' minutes')::interval
    from generate_series(0, ${calls - 1}) as n`);
  const fillSeconds = (performance.now() - fillStarted) / 1000;

  const { id: exportId } = await createWorkspaceExport(db, { workspaceId, requestedBy: userId });
  const out = path.join(bench, `export-${exportId}.zip`);
  const file = fs.createWriteStream(out);
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 50);
  const started = performance.now();
  const stream = await openWorkspaceExportDownload(db, { workspaceId, exportId, actor: { id: userId, email: `bench-${userId}@example.test` } });
  const reader = stream.getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (!file.write(value)) await new Promise<void>((resolve) => file.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve) => file.end(() => resolve()));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const progress = await getWorkspaceExport(db, { workspaceId, exportId });
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  console.log(
    JSON.stringify(
      {
        database: env.isEmbeddedDatabase ? "PGlite" : "PostgreSQL",
        rowsRequested: ROWS,
        fillSeconds: Number(fillSeconds.toFixed(1)),
        status: progress.status,
        rowsWritten: progress.rowsWritten,
        tables: `${progress.tablesDone}/${progress.tablesTotal}`,
        archiveMB: Number(mb(bytes)),
        seconds: Number(seconds.toFixed(1)),
        rowsPerSecond: Math.round(progress.rowsWritten / seconds),
        peakRssGrowthMB: Number(mb(peakRss - baseline.rss)),
        peakHeapGrowthMB: Number(mb(peakHeap - baseline.heapUsed)),
        archive: out,
      },
      null,
      2,
    ),
  );
  fs.rmSync(out, { force: true });
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
