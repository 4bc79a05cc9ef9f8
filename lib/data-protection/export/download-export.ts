import "server-only";
import { appendAuditEntry } from "@/lib/audit/append";
import type { Database } from "@/lib/db/types";
import { claimWorkspaceExport, finishWorkspaceExport } from "./export-records";
import { streamWorkspaceArchive, type ExportSummary } from "./stream-workspace-archive";

/**
 * The one download of an export: claims it, then returns the archive as a byte stream that is
 * produced as the browser reads (pull-based, so a slow client never makes the server buffer).
 * The end — finished, failed or abandoned by the client — is recorded on the export row and in
 * the workspace's audit chain with the counts.
 */
export async function openWorkspaceExportDownload(
  db: Database,
  options: { workspaceId: string; exportId: string; actor: { id: string; email: string } },
): Promise<ReadableStream<Uint8Array>> {
  const { workspaceId, exportId, actor } = options;
  await claimWorkspaceExport(db, { workspaceId, exportId });
  let summary: ExportSummary | null = null;
  const chunks = streamWorkspaceArchive(db, {
    workspaceId,
    exportId,
    onFinished: async (done) => {
      summary = done;
    },
  });
  let settled = false;
  const settle = async (outcome: { ok: true } | { ok: false; reason: string }) => {
    if (settled) return;
    settled = true;
    const done = summary as ExportSummary | null;
    await finishWorkspaceExport(db, {
      exportId,
      status: outcome.ok ? "done" : "failed",
      error: outcome.ok ? undefined : outcome.reason,
      rowsWritten: done?.rowsWritten ?? 0,
      bytesWritten: done?.bytesWritten ?? 0,
      tablesDone: done?.tablesDone ?? 0,
    });
    await appendAuditEntry(db, {
      workspaceId,
      actorUserId: actor.id,
      actorLabel: actor.email,
      action: outcome.ok ? "workspace.export_finished" : "workspace.export_failed",
      targetType: "workspace_export",
      targetId: exportId,
      outcome: outcome.ok ? "success" : "failed",
      detail: done ? { rows: done.rowsWritten, bytes: done.bytesWritten, files: done.files, tables: done.tables } : { reason: (outcome as { reason: string }).reason },
    });
  };

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (next.done) {
            await settle({ ok: true });
            controller.close();
          } else controller.enqueue(next.value);
        } catch (error) {
          console.error("[export] archive failed:", error);
          await settle({ ok: false, reason: "The archive could not be written; the error was logged." }).catch(() => {});
          controller.error(error);
        }
      },
      async cancel() {
        await chunks.return(undefined);
        await settle({ ok: false, reason: "The download was interrupted before the archive was complete." });
      },
    },
    // Pull the next chunk only when the consumer has taken the previous one.
    { highWaterMark: 1 },
  );
}
