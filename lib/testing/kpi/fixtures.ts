import { getDb } from "@/lib/db/client";
import { assets, assetVersions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { createId } from "@/lib/ids";
import { runQueuedJobs } from "@/lib/jobs/worker";
import type { KpiImportMapping } from "@/lib/kpi/import/mapping-choice";
import { KPI_IMPORT_JOB_TYPE, kpiImportJobHandler, runKpiImport } from "@/lib/kpi/jobs/import-job";
import type { BatchTarget } from "@/lib/kpi/store/upsert-batch";
import { PREVIEW_SAMPLE_BYTES } from "@/lib/kpi/uploads/preview-upload";
import { appendChunk, finishUpload, startUpload } from "@/lib/kpi/uploads/upload";

/** An approved Google RSA whose UTM tags imported rows can match. */
export async function insertTestAsset(
  workspaceId: string,
  options: { utmCampaign: string; utmContent: string | null; state?: "draft" | "approved" | "published"; title?: string; createdBy?: string },
) {
  const db = await getDb();
  const id = createId("asset");
  await db.insert(assets).values({
    id,
    workspaceId,
    kind: "google-rsa",
    state: options.state ?? "approved",
    title: options.title ?? `Ad ${options.utmContent ?? options.utmCampaign}`,
    language: "en",
    createdBy: options.createdBy ?? "usr_test",
    briefAt: new Date(),
  });
  await db.insert(assetVersions).values({
    id: createId("assetVersion"),
    assetId: id,
    workspaceId,
    version: 1,
    content: {
      kind: "google-rsa",
      language: "en",
      headlines: [{ text: "Fjell Jacket", citations: [], pin: null }],
      descriptions: [{ text: "A three-layer hardshell.", citations: [], pin: null }],
      path1: null,
      path2: null,
      finalUrl: "https://nordlicht.example/p/fjell",
      utm: { source: "google", medium: "cpc", campaign: options.utmCampaign, content: options.utmContent, term: null },
    },
    validation: { valid: true, issues: [], counts: { errors: 0, warnings: 0 } },
    provenance: null,
    createdBy: options.createdBy ?? "usr_test",
  });
  return id;
}

/**
 * Uploads `text` the way the browser does (in chunks of `chunkBytes`), finishes the upload and
 * runs the queued import job to the end.
 */
export async function importTextForTest(
  workspaceId: string,
  text: string | Uint8Array,
  options: { actorId?: string; fileName?: string; mapping?: KpiImportMapping; chunkBytes?: number; target?: BatchTarget; batchSize?: number } = {},
) {
  const db: Database = await getDb();
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const { importId } = await startUpload(db, {
    workspaceId,
    actorId: options.actorId ?? "usr_test",
    fileName: options.fileName ?? "report.csv",
    byteSize: bytes.byteLength,
    mapping: options.mapping ?? { kind: "auto" },
    head: bytes.subarray(0, PREVIEW_SAMPLE_BYTES),
  });
  const size = options.chunkBytes ?? 64 * 1024;
  for (let seq = 0, offset = 0; offset < bytes.byteLength; seq++, offset += size) {
    await appendChunk(db, { workspaceId, importId, seq, bytes: bytes.subarray(offset, offset + size) });
  }
  await finishUpload(db, { workspaceId, importId });
  await runQueuedJobs(db, { [KPI_IMPORT_JOB_TYPE]: { ...kpiImportJobHandler, run: ({ job }) => runKpiImport(db, { importId: String(job.payload.importId), target: options.target, batchSize: options.batchSize }) } }, { workspaceId });
  return importId;
}

/** A Google Ads (English) ad report; each row `[day, campaign, adGroup, adId, impr, clicks, conv, cost, value, url]`. */
export function googleAdsCsv(rows: (string | number)[][], options: { withUrl?: boolean } = {}): string {
  const withUrl = options.withUrl ?? true;
  const header = ["Day", "Campaign", "Ad group", "Ad ID", "Impr.", "Clicks", "Conversions", "Cost", "Conv. value", "Currency code", ...(withUrl ? ["Final URL"] : [])];
  const lines = ["Ad report", "November 1, 2026 - November 30, 2026", header.join(",")];
  for (const row of rows) {
    const [day, campaign, adGroup, adId, impressions, clicks, conversions, cost, value, url] = row;
    const cells = [day, campaign, adGroup, adId, impressions, clicks, conversions, cost, value, "EUR", ...(withUrl ? [url ?? ""] : [])];
    lines.push(cells.map((cell) => (/[",\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell))).join(","));
  }
  return `${lines.join("\n")}\n`;
}
