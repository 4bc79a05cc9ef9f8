import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import { kpiImports } from "@/lib/db/schema/kpi";
import { executeRows } from "@/lib/db/execute";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { enqueueJob } from "@/lib/jobs/queue";
import { resolveMappingChoice, type KpiImportMapping } from "@/lib/kpi/import/mapping-choice";
import { ABANDONED_UPLOAD_HOURS, formatBytes, MAX_IMPORT_BYTES } from "./limits";
import { previewUpload } from "./preview-upload";
import { reportFileProblem, reportHeaderProblem } from "./report-file-problem";

export const KPI_IMPORT_JOB_TYPE = "kpi.import";

/**
 * Starts an upload: the import row that later chunks attach to. The file arrives in chunks so a
 * file of hundreds of megabytes never has to fit in one request or in memory.
 */
export async function startUpload(
  db: Database,
  options: { workspaceId: string; actorId: string; fileName: string; byteSize: number; mapping: KpiImportMapping; head: Uint8Array },
): Promise<{ importId: string }> {
  // Checked again here (the dialog checked the preview): a refused file leaves no import row behind.
  const problem =
    (await reportFileProblem({ fileName: options.fileName, head: options.head, sizeBytes: options.byteSize, maxBytes: MAX_IMPORT_BYTES })) ??
    reportHeaderProblem({ fileName: options.fileName, preview: await previewUpload(options.head), mapping: resolveMappingChoice(options.mapping) });
  if (problem) throw new AppError("invalid_input", problem);
  // Abandoned uploads (a closed tab) would otherwise keep their chunks forever.
  await db
    .delete(kpiImports)
    .where(and(eq(kpiImports.workspaceId, options.workspaceId), eq(kpiImports.status, "uploading"), lt(kpiImports.updatedAt, sql`now() - make_interval(hours => ${ABANDONED_UPLOAD_HOURS})`)));
  const importId = createId("kpiImport");
  await db.insert(kpiImports).values({
    id: importId,
    workspaceId: options.workspaceId,
    fileName: options.fileName,
    byteSize: options.byteSize,
    mapping: options.mapping,
    createdBy: options.actorId,
  });
  return { importId };
}

async function getUploadingImport(db: Database, options: { workspaceId: string; importId: string }) {
  const [row] = await db
    .select({ id: kpiImports.id, status: kpiImports.status, byteSize: kpiImports.byteSize, receivedBytes: kpiImports.receivedBytes, chunkCount: kpiImports.chunkCount })
    .from(kpiImports)
    .where(and(eq(kpiImports.workspaceId, options.workspaceId), eq(kpiImports.id, options.importId)))
    .for("update");
  if (!row) throw new AppError("not_found", { key: "kpi.importDoesNotExist" });
  return row;
}

/**
 * Stores chunk `seq`. Chunks must arrive in order; a repeated chunk (a retried request whose
 * first answer was lost) is accepted once and ignored after, so a client can simply retry.
 */
export async function appendChunk(db: Database, options: { workspaceId: string; importId: string; seq: number; bytes: Uint8Array }): Promise<{ receivedBytes: number }> {
  const upload = await getUploadingImport(db, options);
  if (upload.status !== "uploading") throw new AppError("conflict", { key: "kpi.uploadAlreadyComplete" });
  if (options.seq < upload.chunkCount) return { receivedBytes: upload.receivedBytes };
  if (options.seq !== upload.chunkCount) throw new AppError("conflict", { key: "kpi.uploadPartOutOfOrder", params: { expected: upload.chunkCount + 1, got: options.seq + 1 } });
  if (options.bytes.byteLength === 0) throw new AppError("invalid_input", { key: "kpi.uploadPartEmpty" });
  const receivedBytes = upload.receivedBytes + options.bytes.byteLength;
  if (receivedBytes > upload.byteSize) throw new AppError("invalid_input", { key: "kpi.moreDataArrivedThan" });
  // Sent as base64 text and decoded by the database: the embedded PGlite binds a bytea parameter
  // ten times slower than a text one (0.9 s against 0.08 s per 4 MB part).
  await db.execute(sql`insert into kpi_upload_chunks (import_id, seq, data) values (${options.importId}, ${options.seq}, decode(${Buffer.from(options.bytes).toString("base64")}, 'base64'))`);
  await db
    .update(kpiImports)
    .set({ receivedBytes, chunkCount: upload.chunkCount + 1, updatedAt: sql`now()` })
    .where(eq(kpiImports.id, options.importId));
  return { receivedBytes };
}

/** Ends the upload and queues the import job; the page shows its progress from here. */
export async function finishUpload(db: Database, options: { workspaceId: string; importId: string }): Promise<{ jobId: string }> {
  const upload = await getUploadingImport(db, options);
  if (upload.status !== "uploading") throw new AppError("conflict", { key: "kpi.uploadAlreadyComplete" });
  if (upload.receivedBytes !== upload.byteSize) {
    throw new AppError("invalid_input", { key: "kpi.uploadIncomplete", params: { received: formatBytes(upload.receivedBytes), total: formatBytes(upload.byteSize) } });
  }
  const jobId = await enqueueJob(db, {
    workspaceId: options.workspaceId,
    type: KPI_IMPORT_JOB_TYPE,
    payload: { importId: options.importId },
    idempotencyKey: `kpi-import:${options.importId}`,
  });
  await db.update(kpiImports).set({ status: "queued", jobId, updatedAt: sql`now()` }).where(eq(kpiImports.id, options.importId));
  return { jobId };
}

/**
 * The uploaded file, chunk by chunk in order, for the streaming parser. One chunk in memory at a
 * time. Read as base64 text for the same reason it is written that way (see appendChunk); Node's
 * decoder skips the line breaks PostgreSQL's encode() puts into base64.
 */
export async function* readUploadChunks(db: Database, options: { importId: string; chunkCount: number }): AsyncGenerator<Uint8Array, void, undefined> {
  for (let seq = 0; seq < options.chunkCount; seq++) {
    const [chunk] = await executeRows<{ data: string }>(
      db,
      sql`select encode(data, 'base64') as data from kpi_upload_chunks where import_id = ${options.importId} and seq = ${seq}`,
    );
    if (!chunk) throw new Error(`upload ${options.importId} is missing chunk ${seq}`);
    yield new Uint8Array(Buffer.from(chunk.data, "base64"));
  }
}
