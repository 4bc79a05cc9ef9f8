// `npm run bench:kpi [-- --rows 1000000 --iterations 30]`: imports a generated Google Ads export
// of about a million rows through the real path (chunked upload → import job: streaming parse,
// staging, one-transaction apply and roll-up), then times every dashboard query over several
// date ranges and filters (p50/p95). Runs against DATABASE_URL, or a fresh embedded PGlite under
// .data/bench. The generated file is cached in .data/bench/ and reused.
import fs from "node:fs";
import path from "node:path";

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const TARGET_ROWS = arg("rows", 1_000_000);
const ITERATIONS = arg("iterations", 30);
/** --reimport: import the same file a second time (every row an update) and time it too. */
const REIMPORT = process.argv.includes("--reimport");
const CAMPAIGNS = 40;
const AD_GROUPS = 12;
const ADS = 3;
/** Ads in the first LINKED_AD_GROUPS ad groups of every campaign carry an asset's UTM tags. */
const LINKED_AD_GROUPS = 2;
const LAST_DAY = "2026-11-30";

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const round = (value: number) => Number(value.toFixed(1));

/** Deterministic generator (mulberry32), so every run imports the same file. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const adsPerDay = CAMPAIGNS * AD_GROUPS * ADS;
const utmContent = (c: number, g: number, a: number) => `c${c}_g${g}_a${a}`;

async function generateFile(file: string, days: number): Promise<void> {
  const random = rng(42);
  const out = fs.createWriteStream(file);
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once("drain", () => resolve())));
  await write(`Ad report\n"September 1, 2024 - ${LAST_DAY}"\nDay,Campaign,Ad group,Ad ID,Impr.,Clicks,Conversions,Cost,Conv. value,Currency code,Final URL\n`);
  const last = Date.parse(`${LAST_DAY}T00:00:00Z`);
  for (let d = days - 1; d >= 0; d--) {
    const day = new Date(last - d * 86_400_000).toISOString().slice(0, 10);
    let block = "";
    for (let c = 0; c < CAMPAIGNS; c++) {
      for (let g = 0; g < AD_GROUPS; g++) {
        for (let a = 0; a < ADS; a++) {
          const impressions = 200 + Math.floor(random() * 4000);
          const clicks = Math.floor(impressions * (0.01 + random() * 0.05));
          const conversions = Math.round(clicks * random() * 0.1 * 100) / 100;
          const cost = (clicks * (0.3 + random() * 1.2)).toFixed(2);
          const value = (conversions * (40 + random() * 80)).toFixed(2);
          const content = g < LINKED_AD_GROUPS ? `&utm_content=${utmContent(c, g, a)}` : "";
          block += `${day},Campaign ${c},Ad group ${c}-${g},${100000 + c * 1000 + g * 10 + a},${impressions},${clicks},${conversions},${cost},${value},EUR,https://shop.example/p/${c}?utm_source=google&utm_medium=cpc&utm_campaign=campaign_${c}${content}\n`;
        }
      }
    }
    await write(block);
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

async function main() {
  const bench = path.join(".data", "bench");
  fs.mkdirSync(bench, { recursive: true });
  if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR = path.join(bench, `kpi-${Date.now()}`);
  process.env.BRANDPILOT_DEMO = "false";
  process.env.JOB_WORKER_IN_PROCESS = "false";

  const days = Math.ceil(TARGET_ROWS / adsPerDay);
  const file = path.join(bench, `kpi-google-ads-${days * adsPerDay}.csv`);
  if (!fs.existsSync(file)) {
    const started = performance.now();
    await generateFile(`${file}.tmp`, days);
    fs.renameSync(`${file}.tmp`, file);
    console.error(`generated ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const byteSize = fs.statSync(file).size;

  const { getDb } = await import("@/lib/db/client");
  const { env } = await import("@/lib/env");
  const { workspaces, users } = await import("@/lib/db/schema");
  const { createId } = await import("@/lib/ids");
  const { insertTestAsset } = await import("@/lib/testing/kpi/fixtures");
  const { startUpload, appendChunk, finishUpload } = await import("@/lib/kpi/uploads/upload");
  const { UPLOAD_CHUNK_BYTES } = await import("@/lib/kpi/uploads/limits");
  const { runQueuedJobs } = await import("@/lib/jobs/worker");
  const { kpiImportJobHandler, KPI_IMPORT_JOB_TYPE } = await import("@/lib/kpi/jobs/import-job");
  const { kpiImports } = await import("@/lib/db/schema/kpi");
  const { eq } = await import("drizzle-orm");
  const { benchmarkDashboardQueries } = await import("@/lib/kpi/queries/bench-cases");

  const openStarted = performance.now();
  const db = await getDb();
  const openMs = performance.now() - openStarted;
  const workspaceId = createId("workspace");
  await db.insert(workspaces).values({ id: workspaceId, slug: `bench-kpi-${Date.now()}`, name: "KPI benchmark" });
  const userId = createId("user");
  await db.insert(users).values({ id: userId, email: `${userId}@bench.example`, name: "bench" });
  for (let c = 0; c < CAMPAIGNS; c++) {
    for (let g = 0; g < LINKED_AD_GROUPS; g++) {
      for (let a = 0; a < ADS; a++) await insertTestAsset(workspaceId, { utmCampaign: `campaign_${c}`, utmContent: utmContent(c, g, a), state: "published", createdBy: userId });
    }
  }

  /** Uploads as the browser does (4 MiB chunks, each its own request; here a call), then runs the job. */
  async function timedImport() {
    const importStarted = performance.now();
    const { importId } = await startUpload(db, { workspaceId, actorId: userId, fileName: path.basename(file), byteSize, mapping: { kind: "auto" }, head: await readHead(file) });
    let seq = 0;
    for await (const chunk of fs.createReadStream(file, { highWaterMark: UPLOAD_CHUNK_BYTES })) {
      await appendChunk(db, { workspaceId, importId, seq: seq++, bytes: new Uint8Array(chunk as Buffer) });
    }
    await finishUpload(db, { workspaceId, importId });
    const uploadMs = performance.now() - importStarted;
    let lastProgressLog = 0;
    let parsedAt = 0;
    await runQueuedJobs(db, {
      [KPI_IMPORT_JOB_TYPE]: {
        ...kpiImportJobHandler,
        run: async (context) =>
          kpiImportJobHandler.run({
            ...context,
            reportProgress: async (done, total) => {
              await context.reportProgress(done, total);
              if (done >= total) parsedAt = performance.now();
              if (performance.now() - lastProgressLog > 10_000) {
                lastProgressLog = performance.now();
                console.error(`  parsed ${((100 * done) / total).toFixed(0)} % after ${((performance.now() - importStarted) / 1000).toFixed(1)} s`);
              }
            },
          }),
      },
    });
    const importMs = performance.now() - importStarted;
    const [record] = await db.select().from(kpiImports).where(eq(kpiImports.id, importId));
    if (record?.status !== "succeeded") throw new Error(`import ended ${record?.status}: ${record?.failureReason}`);
    return {
      record,
      summary: {
        totalSeconds: round(importMs / 1000),
        uploadSeconds: round(uploadMs / 1000),
        parseAndWriteSeconds: round((parsedAt - importStarted - uploadMs) / 1000),
        finishSeconds: round((importStarted + importMs - parsedAt) / 1000),
        rowsPerSecond: Math.round(record.rowsAccepted / (importMs / 1000)),
        inserted: record.rowsInserted,
        updated: record.rowsUpdated,
        linked: record.rowsLinked,
      },
    };
  }

  const first = await timedImport();
  const record = first.record;

  const queries = await benchmarkDashboardQueries(db, { workspaceId, lastDay: LAST_DAY, iterations: ITERATIONS });
  const reimport = REIMPORT ? await timedImport() : null;
  console.log(
    JSON.stringify(
      {
        driver: env.DATABASE_URL ? "postgres" : "pglite",
        openMs: round(openMs),
        file: { rows: record.rowsAccepted, megabytes: round(byteSize / 1024 / 1024) },
        import: first.summary,
        ...(reimport ? { reimportSameFile: reimport.summary } : {}),
        queries: Object.fromEntries(
          Object.entries(queries).map(([name, samples]: [string, number[]]) => [name, { p50Ms: round(percentile(samples, 50)), p95Ms: round(percentile(samples, 95)), maxMs: round(Math.max(...samples)) }]),
        ),
      },
      null,
      2,
    ),
  );
  process.exit(0);
}

main().catch((error) => {
  console.error("Benchmark failed:", error);
  process.exit(1);
});

/** The file's first 64 KB, which the dialog sends with the start of an import. */
async function readHead(file: string): Promise<Uint8Array> {
  const handle = await fs.promises.open(file, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return new Uint8Array(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}
