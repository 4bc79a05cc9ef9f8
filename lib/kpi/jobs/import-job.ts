import "server-only";
import { eq, sql } from "drizzle-orm";
import { appendAuditEntry } from "@/lib/audit/append";
import { kpiImports, kpiUploadChunks, type KpiImport } from "@/lib/db/schema/kpi";
import type { Database } from "@/lib/db/types";
import { env } from "@/lib/env";
import type { JobHandler } from "@/lib/jobs/worker";
import { loadRowLinker } from "@/lib/kpi/link/load-link-candidates";
import { analyzeAfterLargeImport, clearStagedRows, finishImport, lockWorkspaceImports, mergeStagedRows } from "@/lib/kpi/store/finish-import";
import type { BatchTarget } from "@/lib/kpi/store/upsert-batch";
import { MAX_REJECTED_SHARE } from "@/lib/kpi/uploads/limits";
import { KPI_IMPORT_JOB_TYPE } from "@/lib/kpi/uploads/upload";
import { parseIntoTarget, type ParsedImport } from "./parse-into-target";
import { refusalReason } from "./refusal";
import { notifyImportFinished } from "@/lib/notifications/import-notifications";
import { mailNotificationsNow } from "@/lib/notifications/mail-notifications";

export { KPI_IMPORT_JOB_TYPE };

type Progress = (done: number, total: number) => Promise<void>;

/** Thrown inside the import's transaction to roll back a refused file. */
class RefusedImport extends Error {
  constructor(
    readonly reason: string,
    readonly parsed: ParsedImport,
  ) {
    super(reason);
  }
}

async function loadImport(db: Database, importId: string): Promise<KpiImport | null> {
  const [row] = await db.select().from(kpiImports).where(eq(kpiImports.id, importId));
  return row ?? null;
}

function parsedColumns(parsed: ParsedImport) {
  return { ...parsed.counts, errors: parsed.errors, format: parsed.format };
}

/** Ends an import as refused or failed, with the reason and whatever was counted; its upload is deleted. */
async function markFailed(db: Database, importId: string, reason: string, extra: Partial<typeof kpiImports.$inferInsert> = {}): Promise<void> {
  const notified = await db.transaction(async (tx) => {
    const [failed] = await tx
      .update(kpiImports)
      .set({ ...extra, status: "failed", failureReason: reason, finishedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(kpiImports.id, importId))
      .returning();
    await tx.delete(kpiUploadChunks).where(eq(kpiUploadChunks.importId, importId));
    return failed ? notifyImportFinished(tx, { imported: failed, status: "failed", reason }) : [];
  });
  await clearStagedRows(db, { importId });
  await mailNotificationsNow(db, notified);
}

/** In the import's transaction: link fix-ups, roll-up, the import's result and its audit entry. */
async function completeInTransaction(tx: Database, started: KpiImport, parsed: ParsedImport, inserted: number): Promise<{ stored: number; notified: string[] }> {
  const finished = await finishImport(tx, {
    workspaceId: started.workspaceId,
    importId: started.id,
    firstDate: parsed.firstDate!,
    lastDate: parsed.lastDate!,
    learned: parsed.linker.learnedLinks(),
    relink: parsed.linker.adIdsToRelink(),
  });
  const result = { rowsInserted: inserted, rowsUpdated: finished.stored - inserted, rowsLinked: finished.linked };
  await tx
    .update(kpiImports)
    .set({ ...parsedColumns(parsed), ...result, status: "succeeded", firstDate: parsed.firstDate, lastDate: parsed.lastDate, finishedAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(kpiImports.id, started.id));
  await tx.delete(kpiUploadChunks).where(eq(kpiUploadChunks.importId, started.id));
  await appendAuditEntry(tx, {
    workspaceId: started.workspaceId,
    actorUserId: started.createdBy,
    action: "kpi.import_applied",
    targetType: "kpi_import",
    targetId: started.id,
    outcome: "success",
    detail: { fileName: started.fileName, preset: parsed.format?.presetId ?? null, ...parsed.counts, inserted: result.rowsInserted, updated: result.rowsUpdated, linked: result.rowsLinked },
  });
  const notified = await notifyImportFinished(tx, { imported: started, status: "succeeded", rows: finished.stored });
  return { stored: finished.stored, notified };
}

function refusalOf(started: KpiImport, parsed: ParsedImport): string | null {
  return refusalReason({ fileName: started.fileName, accepted: parsed.counts.rowsAccepted, rejected: parsed.counts.rowsRejected, maxRejectedShare: MAX_REJECTED_SHARE, errors: parsed.errors });
}

/**
 * Runs one import: streams the uploaded file through the parser in batches of 5,000 rows, links
 * rows to assets, and then either refuses the file (no valid row, or more than 10 % rejected) or
 * stores it whole. Rejected lines are kept (the first 1,000) with their line numbers; the valid
 * rows of an accepted file are imported without them. Nothing is ever half-imported:
 * - PostgreSQL: batches go straight into kpi_performance inside one transaction, which commits
 *   after the roll-up is rebuilt (or rolls back on refusal or error). Readers see the old figures
 *   until then; parsing and writing overlap on two cores. Progress is written on another connection.
 * - Embedded PGlite (one connection): batches go to a staging table; one transaction merges them.
 * Safe to re-run: a retried attempt starts from a clean state.
 */
export async function runKpiImport(db: Database, options: { importId: string; reportProgress?: Progress; target?: BatchTarget; batchSize?: number }): Promise<void> {
  const found = await loadImport(db, options.importId);
  if (!found || found.status === "succeeded" || found.status === "failed" || found.status === "uploading") return;
  const started = found;
  await db
    .update(kpiImports)
    .set({ status: "parsing", bytesRead: 0, rowsAccepted: 0, rowsRejected: 0, rowsSkipped: 0, errors: [], failureReason: null, updatedAt: sql`now()` })
    .where(eq(kpiImports.id, started.id));
  await clearStagedRows(db, { importId: started.id });
  // The direct path needs a second connection for the progress updates while its transaction is open.
  const target = options.target ?? (env.DATABASE_URL && env.DATABASE_POOL_MAX >= 2 ? "performance" : "staging");
  const linker = await loadRowLinker(db, { workspaceId: started.workspaceId });
  const parse = (writer: Database) => parseIntoTarget({ writer, progressDb: db, started, target, linker, reportProgress: options.reportProgress, batchSize: options.batchSize });

  let stored: number;
  let notified: string[];
  if (target === "performance") {
    try {
      ({ stored, notified } = await db.transaction(async (tx) => {
        await lockWorkspaceImports(tx, { workspaceId: started.workspaceId });
        const parsed = await parse(tx);
        const refusal = refusalOf(started, parsed);
        if (refusal) throw new RefusedImport(refusal, parsed);
        await db.update(kpiImports).set({ ...parsedColumns(parsed), status: "applying", updatedAt: sql`now()` }).where(eq(kpiImports.id, started.id));
        return completeInTransaction(tx, started, parsed, parsed.inserted);
      }));
    } catch (error) {
      if (!(error instanceof RefusedImport)) throw error;
      await markFailed(db, started.id, error.reason, parsedColumns(error.parsed));
      return;
    }
  } else {
    const parsed = await parse(db);
    const refusal = refusalOf(started, parsed);
    if (refusal) {
      await markFailed(db, started.id, refusal, parsedColumns(parsed));
      return;
    }
    await db.update(kpiImports).set({ ...parsedColumns(parsed), status: "applying", updatedAt: sql`now()` }).where(eq(kpiImports.id, started.id));
    ({ stored, notified } = await db.transaction(async (tx) => {
      await lockWorkspaceImports(tx, { workspaceId: started.workspaceId });
      const { inserted } = await mergeStagedRows(tx, { workspaceId: started.workspaceId, importId: started.id });
      return completeInTransaction(tx, started, parsed, inserted);
    }));
    await clearStagedRows(db, { importId: started.id });
  }
  await analyzeAfterLargeImport(db, { rows: stored });
  // After the commit: the import is stored whether or not the mail goes out.
  await mailNotificationsNow(db, notified);
}

export const kpiImportJobHandler: JobHandler = {
  async run({ db, job, reportProgress }) {
    await runKpiImport(db, { importId: String(job.payload.importId), reportProgress });
  },
  async onFailure({ db, job }, failure) {
    const importId = String(job.payload.importId);
    if (failure.willRetry) {
      await db.update(kpiImports).set({ status: "queued", failureReason: `${failure.message} Retrying.`, updatedAt: sql`now()` }).where(eq(kpiImports.id, importId));
      return;
    }
    await markFailed(db, importId, failure.message);
  },
};
