import "server-only";
import type { KpiImport } from "@/lib/db/schema/kpi";
import type { Database } from "@/lib/db/types";
import { createNotifications } from "./create-notifications";

/**
 * Tells the member who started a KPI import that it ended, stored or refused, in the
 * transaction that records the outcome. The system is the actor, so the starter is told.
 */
export async function notifyImportFinished(
  db: Database,
  options: { imported: Pick<KpiImport, "id" | "workspaceId" | "createdBy" | "fileName">; status: "succeeded" | "failed"; rows?: number; reason?: string },
): Promise<string[]> {
  return createNotifications(db, {
    workspaceId: options.imported.workspaceId,
    kind: "import_finished",
    recipientIds: [options.imported.createdBy],
    actorId: null,
    subjectType: "kpi_import",
    subjectId: options.imported.id,
    data: { fileName: options.imported.fileName, status: options.status, rows: options.rows ?? 0, reason: options.reason ?? null },
  });
}
