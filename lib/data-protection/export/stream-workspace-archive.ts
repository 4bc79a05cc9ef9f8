import "server-only";
import { and, asc, eq, gt, isNotNull } from "drizzle-orm";
import packageJson from "@/package.json";
import { toSafeCsv } from "@/lib/csv/write-csv";
import { knowledgeSourceVersions, workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { EXCLUDED_TABLES, EXPORT_TABLES } from "./export-tables";
import { recordExportProgress } from "./export-records";
import { toCsvCell, toJsonValue } from "./json-value";
import { countTableRows, ensureTableStatistics, outputColumns, planTable, readTableBatches, type TablePlan } from "./read-table-batches";
import { ZipWriter, type WrittenFile } from "./zip-writer";

export const EXPORT_FORMAT_VERSION = 1;
/** The progress row is written at most this often (rows), so polling sees movement without a write per batch. */
export const PROGRESS_EVERY_ROWS = 2_000;

export type ManifestFile = WrittenFile & { table: string | null; rows: number | null };
export type ExportManifest = {
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  workspace: { id: string; name: string; slug: string };
  files: ManifestFile[];
  tables: Record<string, number>;
  excluded: Record<string, string>;
  omittedColumns: Record<string, Record<string, string>>;
  notes: string[];
};
export type ExportSummary = { tables: Record<string, number>; rowsWritten: number; bytesWritten: number; files: number; tablesDone: number };

/** A file name from an upload, safe inside a ZIP path (no folders, no dot-dot, no control characters). */
function safeFileName(name: string | null): string {
  const cleaned = (name ?? "upload").replace(/[\u0000-\u001f\\/:*?"<>|]+/g, "_").replace(/^\.+/, "_").slice(0, 120);
  return cleaned || "upload";
}

/**
 * Writes the workspace's archive as a stream of ZIP chunks: per table a JSON Lines file (and a
 * CSV for flat tables), the original uploads under `sources/`, and `manifest.json` last (it lists
 * every file's sha256, which is only known once the file is written). Progress goes to the
 * workspace_exports row; `onFinished` receives the counts.
 */
export async function* streamWorkspaceArchive(
  db: Database,
  options: { workspaceId: string; exportId: string; now?: Date; onFinished?: (summary: ExportSummary) => Promise<void> },
): AsyncGenerator<Uint8Array> {
  const { workspaceId, exportId } = options;
  const [workspace] = await db
    .select({ id: workspaces.id, name: workspaces.name, slug: workspaces.slug })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  if (!workspace) throw new AppError("not_found", { key: "dataProtection.workspaceNotFound" });

  const plans: TablePlan[] = [];
  for (const spec of EXPORT_TABLES) {
    plans.push(await planTable(db, spec));
    await ensureTableStatistics(db, spec.table);
  }
  const expected = new Map<string, number>();
  for (const plan of plans) expected.set(plan.spec.table, await countTableRows(db, plan, workspaceId));
  const rowsTotal = [...expected.values()].reduce((sum, n) => sum + n, 0);

  const zip = new ZipWriter();
  const manifestFiles: ManifestFile[] = [];
  const tables: Record<string, number> = {};
  let rowsWritten = 0;
  let tablesDone = 0;
  let reportedAt = 0;
  const progress = async (force = false) => {
    if (!force && rowsWritten - reportedAt < PROGRESS_EVERY_ROWS) return;
    reportedAt = rowsWritten;
    await recordExportProgress(db, { exportId, tablesTotal: plans.length, tablesDone, rowsTotal, rowsWritten, bytesWritten: zip.bytesOut });
  };
  await progress(true);

  for (const plan of plans) {
    const columns = outputColumns(plan);
    const jsonl = zip.openFile(`tables/${plan.spec.file}.jsonl`);
    let count = 0;
    for await (const batch of readTableBatches(db, plan, workspaceId)) {
      jsonl.write(batch.map((row) => `${JSON.stringify(toJsonValue(row))}\n`).join(""));
      count += batch.length;
      rowsWritten += batch.length;
      yield* zip.drain();
      await progress();
    }
    manifestFiles.push({ ...jsonl.close(), table: plan.spec.table, rows: count });
    tables[plan.spec.table] = count;
    if (plan.spec.csv) {
      // A second pass: one open file at a time keeps fflate from buffering the CSV whole.
      const csv = zip.openFile(`tables/${plan.spec.file}.csv`);
      let csvRows = 0;
      let first = true;
      for await (const batch of readTableBatches(db, plan, workspaceId)) {
        const body = toSafeCsv(columns, batch.map((row) => columns.map((column) => toCsvCell(row[column]))));
        // toSafeCsv always starts with the header row; keep it only once.
        csv.write(first ? body : body.slice(body.indexOf("\r\n")));
        first = false;
        csvRows += batch.length;
        yield* zip.drain();
      }
      if (first) csv.write(toSafeCsv(columns, []));
      manifestFiles.push({ ...csv.close(), table: plan.spec.table, rows: csvRows });
    }
    tablesDone++;
    yield* zip.drain();
    await progress(true);
  }

  // Original uploads still stored (ingestion drops them once the text is indexed: chunks hold it then).
  let afterId = "";
  for (;;) {
    const [version] = await db
      .select({ id: knowledgeSourceVersions.id, sourceId: knowledgeSourceVersions.sourceId, fileName: knowledgeSourceVersions.fileName, raw: knowledgeSourceVersions.raw })
      .from(knowledgeSourceVersions)
      .where(and(eq(knowledgeSourceVersions.workspaceId, workspaceId), isNotNull(knowledgeSourceVersions.raw), gt(knowledgeSourceVersions.id, afterId)))
      .orderBy(asc(knowledgeSourceVersions.id))
      .limit(1);
    if (!version) break;
    afterId = version.id;
    const file = zip.openFile(`sources/${version.sourceId}/${version.id}/${safeFileName(version.fileName)}`);
    file.write(version.raw!);
    manifestFiles.push({ ...file.close(), table: "knowledge_source_versions", rows: null });
    yield* zip.drain();
  }

  const manifest: ExportManifest = {
    formatVersion: EXPORT_FORMAT_VERSION,
    appVersion: packageJson.version,
    exportedAt: (options.now ?? new Date()).toISOString(),
    workspace,
    files: manifestFiles,
    tables,
    excluded: { ...EXCLUDED_TABLES },
    omittedColumns: Object.fromEntries(plans.filter((plan) => plan.spec.omit).map((plan) => [plan.spec.table, { ...plan.spec.omit! }])),
    notes: [
      "tables/*.jsonl: one JSON object per row, column names as in the database; timestamps in ISO 8601 (UTC), bytes in base64.",
      "tables/*.csv: the same rows for spreadsheets; nested values as JSON; cells starting with = + - @ are prefixed with ' (formula guard).",
      "audit/audit-log: the workspace's hash chain (chain_seq, prev_hash, hash) as stored, so it can be checked.",
      "Rows are read in batches while the app runs: counts are the rows actually written, not a point-in-time snapshot.",
      "Secrets are never exported: webhook signing key, sign-up link hashes, passwords, sessions.",
    ],
  };
  const manifestFile = zip.openFile("manifest.json");
  manifestFile.write(JSON.stringify(manifest, null, 2));
  manifestFile.close();
  zip.end();
  yield* zip.drain();
  const summary = { tables, rowsWritten, bytesWritten: zip.bytesOut, files: manifestFiles.length + 1, tablesDone };
  await options.onFinished?.(summary);
}
