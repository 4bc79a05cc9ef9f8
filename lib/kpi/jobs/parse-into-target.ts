import "server-only";
import { eq, sql } from "drizzle-orm";
import { kpiImports, type KpiImport } from "@/lib/db/schema/kpi";
import type { Database } from "@/lib/db/types";
import { resolveMappingChoice } from "@/lib/kpi/import/mapping-choice";
import { importReportStream, type DetectedFormat } from "@/lib/kpi/import/stream-import";
import type { LineError } from "@/lib/kpi/import/types";
import type { RowLinker } from "@/lib/kpi/link/row-linker";
import { foldBatch } from "@/lib/kpi/store/fold-batch";
import { upsertBatch, type BatchTarget } from "@/lib/kpi/store/upsert-batch";
import { MAX_STORED_LINE_ERRORS } from "@/lib/kpi/uploads/limits";
import { readUploadChunks } from "@/lib/kpi/uploads/upload";

const DEFAULT_BATCH_SIZE = 5_000;

export interface ParsedImport {
  counts: { bytesRead: number; rowsAccepted: number; rowsRejected: number; rowsSkipped: number };
  /** The first rejected lines, in line order (capped). */
  errors: LineError[];
  format: DetectedFormat | null;
  firstDate: string | null;
  lastDate: string | null;
  /** Rows the target did not hold before (see upsertBatch). */
  inserted: number;
  linker: RowLinker;
}

/**
 * Streams the uploaded file through the parser and writes each batch to the target with `writer`
 * (the import's transaction on PostgreSQL). Progress goes through `progressDb` so the page sees it
 * while the transaction is open. One batch is written while the next is parsed: on PostgreSQL the
 * statement runs in the server process, so parsing and writing use both cores.
 */
export async function parseIntoTarget(options: {
  writer: Database;
  progressDb: Database;
  started: KpiImport;
  target: BatchTarget;
  linker: RowLinker;
  reportProgress?: (done: number, total: number) => Promise<void>;
  batchSize?: number;
}): Promise<ParsedImport> {
  const { writer, progressDb, started, target, linker } = options;
  const errors: LineError[] = [];
  const keepErrors = (list: readonly LineError[]) => {
    for (const error of list) if (errors.length < MAX_STORED_LINE_ERRORS) errors.push(error);
  };
  let format: DetectedFormat | null = null;
  let counts = { bytesRead: 0, rowsAccepted: 0, rowsRejected: 0, rowsSkipped: 0 };
  let conflicts = 0;
  let inserted = 0;
  let firstDate: string | null = null;
  let lastDate: string | null = null;

  const source = readUploadChunks(progressDb, { importId: started.id, chunkCount: started.chunkCount });
  let writing: Promise<void> | null = null;
  for await (const batch of importReportStream(source, { mapping: resolveMappingChoice(started.mapping), totalBytes: started.byteSize, batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE })) {
    format = batch.format;
    for (const row of batch.rows) {
      if (firstDate === null || row.date < firstDate) firstDate = row.date;
      if (lastDate === null || row.date > lastDate) lastDate = row.date;
    }
    const folded = foldBatch(batch.rows.map((row, index) => ({ ...row, line: batch.rowLines[index] ?? 0, assetId: linker.link(row) })));
    keepErrors(batch.errors);
    const snapshot = { ...batch.progress };
    await writing;
    writing = (async () => {
      const written = await upsertBatch(writer, { target, workspaceId: started.workspaceId, importId: started.id, rows: folded.rows });
      inserted += written.inserted;
      const rejected = [...folded.conflicts, ...written.conflicts];
      conflicts += rejected.length;
      keepErrors(rejected);
      counts = {
        bytesRead: snapshot.bytesRead,
        rowsSkipped: snapshot.rowsSkipped,
        rowsAccepted: snapshot.rowsAccepted - conflicts,
        rowsRejected: snapshot.rowsRejected + conflicts,
      };
      await progressDb.update(kpiImports).set({ ...counts, format, updatedAt: sql`now()` }).where(eq(kpiImports.id, started.id));
      await options.reportProgress?.(snapshot.bytesRead, started.byteSize);
    })();
    // Keeps a failed write from being reported as unhandled before the next await sees it.
    writing.catch(() => {});
  }
  await writing;
  errors.sort((a, b) => a.line - b.line);
  return { counts, errors, format, firstDate, lastDate, inserted, linker };
}
