import { and, asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { kpiDailyRollup, kpiImports, kpiPerformance, kpiStagedRows, kpiUploadChunks } from "@/lib/db/schema/kpi";
import { env } from "@/lib/env";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import type { BatchTarget } from "@/lib/kpi/store/upsert-batch";
import { googleAdsCsv, importTextForTest as importText, insertTestAsset } from "@/lib/testing/kpi/fixtures";
import { appendChunk, finishUpload, startUpload } from "@/lib/kpi/uploads/upload";

const URL_A = "https://nordlicht.example/p/fjell?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale&utm_content=fjell_a";
const URL_B = "https://nordlicht.example/p/fjell?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale&utm_content=fjell_b";

const NOVEMBER = [
  ["2026-11-01", "Spring Sale", "Jackets", "1001", 1000, 50, 5, "25.00", "500.00", URL_A],
  ["2026-11-01", "Spring Sale", "Jackets", "1002", 800, 20, 1, "12.40", "99.00", URL_B],
  ["2026-11-02", "Spring Sale", "Jackets", "1001", 1200, 60, 6, "30.00", "600.00", URL_A],
  ["2026-11-02", "Brand", "Brand terms", "2001", 500, 100, 10, "40.00", "1,200.00", "https://nordlicht.example/"],
];

async function storedRows(workspaceId: string) {
  const db = await getDb();
  return db
    .select({ date: kpiPerformance.date, adId: kpiPerformance.adId, impressions: kpiPerformance.impressions, clicks: kpiPerformance.clicks, costMinor: kpiPerformance.costMinor, assetId: kpiPerformance.assetId })
    .from(kpiPerformance)
    .where(eq(kpiPerformance.workspaceId, workspaceId))
    .orderBy(asc(kpiPerformance.date), asc(kpiPerformance.adId));
}

async function importRecord(importId: string) {
  const db = await getDb();
  const [row] = await db.select().from(kpiImports).where(eq(kpiImports.id, importId));
  return row!;
}

async function rollupTotals(workspaceId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ impressions: sql<number>`coalesce(sum(${kpiDailyRollup.impressions}), 0)::int`, costMinor: sql<number>`coalesce(sum(${kpiDailyRollup.costMinor}), 0)::int` })
    .from(kpiDailyRollup)
    .where(eq(kpiDailyRollup.workspaceId, workspaceId));
  return { impressions: Number(row!.impressions), costMinor: Number(row!.costMinor) };
}

// PostgreSQL imports straight into kpi_performance in one transaction; PGlite through staging.
// On PostgreSQL both paths run, so the staging path is proven on both databases.
const TARGETS: BatchTarget[] = env.DATABASE_URL ? ["performance", "staging"] : ["staging"];

describe.each(TARGETS)("KPI import (%s): storage, natural key, links", (target) => {
  const importTextForTest = (workspaceId: string, text: string | Uint8Array, options: Parameters<typeof importText>[2] = {}) => importText(workspaceId, text, { ...options, target });
  it("stores every row, links ads to assets by UTM, and keeps the roll-up equal to the rows", async () => {
    const workspace = await createTestWorkspace();
    const assetA = await insertTestAsset(workspace.id, { utmCampaign: "Spring Sale", utmContent: "fjell_a" });
    const importId = await importTextForTest(workspace.id, googleAdsCsv(NOVEMBER), { chunkBytes: 100 });

    const record = await importRecord(importId);
    expect(record).toMatchObject({ status: "succeeded", rowsAccepted: 4, rowsRejected: 0, rowsInserted: 4, rowsUpdated: 0, rowsLinked: 2, firstDate: "2026-11-01", lastDate: "2026-11-02" });
    expect(record.format).toMatchObject({ presetId: "google-ads-en", headerLine: 3 });
    const rows = await storedRows(workspace.id);
    expect(rows).toEqual([
      { date: "2026-11-01", adId: "1001", impressions: 1000, clicks: 50, costMinor: 2500, assetId: assetA },
      { date: "2026-11-01", adId: "1002", impressions: 800, clicks: 20, costMinor: 1240, assetId: null },
      { date: "2026-11-02", adId: "1001", impressions: 1200, clicks: 60, costMinor: 3000, assetId: assetA },
      { date: "2026-11-02", adId: "2001", impressions: 500, clicks: 100, costMinor: 4000, assetId: null },
    ]);
    expect(await rollupTotals(workspace.id)).toEqual({ impressions: 3500, costMinor: 10740 });

    // Nothing of the upload or the staging remains.
    const db = await getDb();
    expect(await db.select().from(kpiUploadChunks).where(eq(kpiUploadChunks.importId, importId))).toEqual([]);
    expect(await db.select().from(kpiStagedRows).where(eq(kpiStagedRows.importId, importId))).toEqual([]);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.workspaceId, workspace.id), eq(auditLog.action, "kpi.import_applied")));
    expect(audit).toMatchObject({ targetId: importId, outcome: "success" });
  });

  it("re-importing the same export updates the rows instead of doubling them, and revised figures replace old ones", async () => {
    const workspace = await createTestWorkspace();
    await importTextForTest(workspace.id, googleAdsCsv(NOVEMBER));
    const again = await importTextForTest(workspace.id, googleAdsCsv(NOVEMBER));
    expect(await importRecord(again)).toMatchObject({ status: "succeeded", rowsInserted: 0, rowsUpdated: 4 });
    expect(await storedRows(workspace.id)).toHaveLength(4);
    expect(await rollupTotals(workspace.id)).toEqual({ impressions: 3500, costMinor: 10740 });

    // The platform revised 2 Nov (late conversions) and a new day arrived: an overlapping export.
    const revised = await importTextForTest(
      workspace.id,
      googleAdsCsv([
        ["2026-11-02", "Spring Sale", "Jackets", "1001", 1300, 65, 7, "31.00", "700.00", URL_A],
        ["2026-11-03", "Spring Sale", "Jackets", "1001", 900, 30, 2, "15.00", "200.00", URL_A],
      ]),
    );
    expect(await importRecord(revised)).toMatchObject({ rowsInserted: 1, rowsUpdated: 1 });
    const rows = await storedRows(workspace.id);
    expect(rows).toHaveLength(5);
    expect(rows.find((r) => r.date === "2026-11-02" && r.adId === "1001")).toMatchObject({ impressions: 1300, clicks: 65, costMinor: 3100 });
    expect(await rollupTotals(workspace.id)).toEqual({ impressions: 3500 + 100 + 900, costMinor: 10740 + 100 + 1500 });
  });

  it("adds up rows of the same ad and day (a segmented export) and links later URL-less exports by the learned ad id", async () => {
    const workspace = await createTestWorkspace();
    const assetA = await insertTestAsset(workspace.id, { utmCampaign: "spring_sale", utmContent: "fjell_a" });
    const segmented = googleAdsCsv([
      ["2026-11-01", "Spring Sale", "Jackets", "1001", 600, 30, 3, "15.00", "300.00", URL_A],
      ["2026-11-01", "Spring Sale", "Jackets", "1001", 400, 20, 2, "10.00", "200.00", URL_A],
    ]);
    const first = await importTextForTest(workspace.id, segmented);
    expect(await importRecord(first)).toMatchObject({ rowsAccepted: 2, rowsInserted: 1 });
    expect(await storedRows(workspace.id)).toEqual([{ date: "2026-11-01", adId: "1001", impressions: 1000, clicks: 50, costMinor: 2500, assetId: assetA }]);

    const withoutUrl = googleAdsCsv([["2026-11-05", "Spring Sale", "Jackets", "1001", 700, 35, 1, "9.00", "90.00"]], { withUrl: false });
    const second = await importTextForTest(workspace.id, withoutUrl);
    expect(await importRecord(second)).toMatchObject({ status: "succeeded", rowsLinked: 1 });
    expect((await storedRows(workspace.id)).map((r) => r.assetId)).toEqual([assetA, assetA]);
  });

  it("keeps workspaces apart: the same natural key in two workspaces is two rows", async () => {
    const one = await createTestWorkspace();
    const two = await createTestWorkspace();
    await importTextForTest(one.id, googleAdsCsv(NOVEMBER));
    await importTextForTest(two.id, googleAdsCsv(NOVEMBER.slice(0, 1)));
    expect(await storedRows(one.id)).toHaveLength(4);
    expect(await storedRows(two.id)).toHaveLength(1);
    expect(await rollupTotals(two.id)).toEqual({ impressions: 1000, costMinor: 2500 });
  });

  it("decodes a multi-byte character split across two upload chunks", async () => {
    const workspace = await createTestWorkspace();
    const csv = googleAdsCsv([["2026-11-01", "Frühling Jacken", "Jacken", "7", 100, 5, 0, "1.00", "0"]]);
    const bytes = new TextEncoder().encode(csv);
    const split = Buffer.from(bytes).indexOf(Buffer.from("ü")) + 1; // inside the two bytes of "ü"
    const importId = await importTextForTest(workspace.id, bytes, { chunkBytes: split });
    expect(await importRecord(importId)).toMatchObject({ status: "succeeded", rowsAccepted: 1 });
    const db = await getDb();
    const [row] = await db.select({ campaign: kpiPerformance.campaign }).from(kpiPerformance).where(eq(kpiPerformance.workspaceId, workspace.id));
    expect(row?.campaign).toBe("Frühling Jacken");
  });
});

describe.each(TARGETS)("KPI import (%s): bad rows", (target) => {
  const importTextForTest = (workspaceId: string, text: string | Uint8Array, options: Parameters<typeof importText>[2] = {}) => importText(workspaceId, text, { ...options, target });
  const goodRows = (count: number) => Array.from({ length: count }, (_, i) => [`2026-11-${String((i % 28) + 1).padStart(2, "0")}`, "Spring Sale", "Jackets", String(3000 + i), 100, 5, 0, "1.00", "0"]);

  it("imports the valid rows without the bad ones and reports each bad line with its number", async () => {
    const workspace = await createTestWorkspace();
    const rows = goodRows(30);
    rows.splice(10, 0, ["2026-13-01", "Spring Sale", "Jackets", "9001", 100, 5, 0, "1.00", "0"]);
    rows.splice(20, 0, ["2026-11-05", "Spring Sale", "Jackets", "9002", 10, 50, 0, "1.00", "0"]);
    const importId = await importTextForTest(workspace.id, googleAdsCsv(rows, { withUrl: false }));
    const record = await importRecord(importId);
    expect(record).toMatchObject({ status: "succeeded", rowsAccepted: 30, rowsRejected: 2, rowsInserted: 30 });
    // Three title/header lines come first: row index 10 is line 14, index 20 is line 24.
    expect(record.errors).toEqual([
      { line: 14, message: expect.stringContaining("date is '2026-13-01'") },
      { line: 24, message: expect.stringContaining("clicks (50) exceed impressions (10)") },
    ]);
    expect(await storedRows(workspace.id)).toHaveLength(30);
  });

  it("refuses the whole file when more than 10 % of its rows are bad, and stores nothing", async () => {
    const workspace = await createTestWorkspace();
    const rows = [...goodRows(8), ["11/30/2026x", "Spring Sale", "Jackets", "1", 1, 0, 0, "0", "0"], ["2026-11-01", "Spring Sale", "Jackets", "2", "12%", 0, 0, "0", "0"]];
    const importId = await importTextForTest(workspace.id, googleAdsCsv(rows, { withUrl: false }));
    const record = await importRecord(importId);
    expect(record.status).toBe("failed");
    expect(record.failureReason).toMatch(/2 of 10 data rows of "report\.csv" \(20\.0 %\) cannot be read.*first: line \d+: .*Nothing was imported/);
    expect(record.errors.map((e) => e.line)).toEqual([12, 13]);
    expect(await storedRows(workspace.id)).toEqual([]);
    expect(await rollupTotals(workspace.id)).toEqual({ impressions: 0, costMinor: 0 });
  });

  it("rejects a later line that gives the same ad and day in another currency, within a batch and across batches", async () => {
    const workspace = await createTestWorkspace();
    const csv = [
      "Day,Campaign,Ad group,Ad ID,Impr.,Clicks,Cost,Currency code",
      ...Array.from({ length: 20 }, (_, i) => `2026-11-${String(i + 1).padStart(2, "0")},Brand,Brand,1,100,5,1.00,EUR`),
      "2026-11-01,Brand,Brand,1,100,5,1.00,USD",
    ].join("\n");
    // Batches of 5,000 rows hold the whole file; batches of 5 put the two lines in different batches.
    for (const batchSize of [undefined, 5]) {
      const imported = await importTextForTest(workspace.id, csv, { batchSize });
      const record = await importRecord(imported);
      expect(record).toMatchObject({ status: "succeeded", rowsAccepted: 20, rowsRejected: 1 });
      expect(record.errors).toEqual([{ line: 22, message: expect.stringContaining("money cannot be added across currencies, so the first line is kept") }]);
    }
    expect(await rollupTotals(workspace.id)).toEqual({ impressions: 2000, costMinor: 2000 });
  });

  it("refuses a file without a recognisable header before any import row is written, listing found and needed columns", async () => {
    const workspace = await createTestWorkspace();
    await expect(importTextForTest(workspace.id, "date;name;views\n2026-11-01;x;3\n", { fileName: "export.csv" })).rejects.toMatchObject({
      code: "invalid_input",
      message: expect.stringMatching(/^"export\.csv" has no header row of a Google Ads or Meta Ads report\. Columns found: "date", "name", "views"\. Google Ads \(English\) needs "Day", "Campaign", "Impr\.", "Clicks", "Cost"/),
    });
    const db = await getDb();
    expect(await db.select().from(kpiImports).where(eq(kpiImports.workspaceId, workspace.id))).toEqual([]);
  });

  it("refuses a binary file renamed .csv before any import row is written", async () => {
    const workspace = await createTestWorkspace();
    const db = await getDb();
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, ...new Array(200).fill(0)]);
    await expect(startUpload(db, { workspaceId: workspace.id, actorId: "u", fileName: "report.csv", byteSize: exe.byteLength, mapping: { kind: "auto" }, head: exe })).rejects.toMatchObject({
      code: "invalid_input",
      message: expect.stringMatching(/^"report\.csv" is not a CSV or TSV text file: its content is a EXE file/),
    });
    expect(await db.select().from(kpiImports).where(eq(kpiImports.workspaceId, workspace.id))).toEqual([]);
  });
});

/** A Google Ads header: what the dialog sends as the file's first bytes for a well-formed report. */
const GOOD_HEAD = new TextEncoder().encode("Day,Campaign,Impr.,Clicks,Cost\n");

describe("KPI upload", () => {
  it("accepts a repeated chunk once, refuses a gap, and refuses to finish an incomplete upload", async () => {
    const workspace = await createTestWorkspace();
    const db = await getDb();
    const { importId } = await startUpload(db, { workspaceId: workspace.id, actorId: "usr_test", fileName: "r.csv", byteSize: 10, mapping: { kind: "auto" }, head: GOOD_HEAD });
    const part = new TextEncoder().encode("abcde");
    expect(await appendChunk(db, { workspaceId: workspace.id, importId, seq: 0, bytes: part })).toEqual({ receivedBytes: 5 });
    expect(await appendChunk(db, { workspaceId: workspace.id, importId, seq: 0, bytes: part })).toEqual({ receivedBytes: 5 });
    await expect(appendChunk(db, { workspaceId: workspace.id, importId, seq: 2, bytes: part })).rejects.toMatchObject({ code: "conflict" });
    await expect(finishUpload(db, { workspaceId: workspace.id, importId })).rejects.toMatchObject({ code: "invalid_input", message: expect.stringContaining("Only 1 KB of 1 KB") });
    await expect(appendChunk(db, { workspaceId: workspace.id, importId, seq: 1, bytes: new TextEncoder().encode("abcdefgh") })).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("answers not found for another workspace's upload", async () => {
    const owner = await createTestWorkspace();
    const other = await createTestWorkspace();
    const db = await getDb();
    const { importId } = await startUpload(db, { workspaceId: owner.id, actorId: "usr_test", fileName: "r.csv", byteSize: 3, mapping: { kind: "auto" }, head: GOOD_HEAD });
    await expect(appendChunk(db, { workspaceId: other.id, importId, seq: 0, bytes: new Uint8Array([1, 2, 3]) })).rejects.toMatchObject({ code: "not_found" });
    await expect(finishUpload(db, { workspaceId: other.id, importId })).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses an empty or oversized file before anything is stored", async () => {
    const workspace = await createTestWorkspace();
    const db = await getDb();
    await expect(startUpload(db, { workspaceId: workspace.id, actorId: "u", fileName: "r.csv", byteSize: 0, mapping: { kind: "auto" }, head: new Uint8Array() })).rejects.toMatchObject({ message: '"r.csv" is empty. Export the report again as CSV or TSV with a header row and one row per ad and day.' });
    await expect(startUpload(db, { workspaceId: workspace.id, actorId: "u", fileName: "r.csv", byteSize: 2 * 1024 ** 3, mapping: { kind: "auto" }, head: GOOD_HEAD })).rejects.toMatchObject({ message: expect.stringContaining('"r.csv" is 2048.0 MB; a report may be at most 1024.0 MB') });
    expect(await db.select().from(kpiImports).where(eq(kpiImports.workspaceId, workspace.id))).toEqual([]);
  });
});
