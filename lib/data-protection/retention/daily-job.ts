import "server-only";
import { asc, inArray } from "drizzle-orm";
import { workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { isAppError } from "@/lib/errors";
import { PermanentJobError, type JobHandler } from "@/lib/jobs/worker";
import { purgeInstanceRecords } from "./purge-instance";
import { purgeWorkspace, recordFailedPurge, type PurgeCounts } from "./purge-workspace";

export type DailyPurgeResult = {
  instance: Record<string, number> | null;
  purged: { workspaceId: string; counts: PurgeCounts }[];
  failed: { workspaceId: string | null; reason: string }[];
};

const INTERNAL_PURGE_ERROR = "An internal error stopped the purge; it was logged.";

function publicReason(error: unknown): string {
  return isAppError(error) ? error.message : INTERNAL_PURGE_ERROR;
}

/**
 * The daily purge: the instance's spent records, then every workspace in turn. One workspace's
 * failure (a stored period outside its bounds, a database error) is logged, written to that
 * workspace's audit log and reported, and the others are still purged. `workspaceIds` limits the
 * run (tests on a shared database; an operator's rerun). `onBatch` runs after every batch: one
 * workspace's purge can outlast the job's lease, so progress per workspace is not enough.
 */
export async function runDailyPurge(
  db: Database,
  options: { workspaceIds?: string[]; onProgress?: (done: number, total: number) => Promise<void>; onBatch?: () => void } = {},
): Promise<DailyPurgeResult> {
  const result: DailyPurgeResult = { instance: null, purged: [], failed: [] };
  try {
    result.instance = await purgeInstanceRecords(db, { onBatch: options.onBatch });
  } catch (error) {
    console.error("[retention] instance purge failed:", error);
    result.failed.push({ workspaceId: null, reason: publicReason(error) });
  }
  const rows = await db
    .select({ id: workspaces.id })
    .from(workspaces)
    .where(options.workspaceIds ? inArray(workspaces.id, options.workspaceIds) : undefined)
    .orderBy(asc(workspaces.createdAt));
  for (const [index, { id }] of rows.entries()) {
    try {
      result.purged.push({ workspaceId: id, counts: await purgeWorkspace(db, { workspaceId: id, requestedBy: null, onBatch: options.onBatch }) });
    } catch (error) {
      if (!isAppError(error)) console.error(`[retention] purge of workspace ${id} failed:`, error);
      const reason = publicReason(error);
      result.failed.push({ workspaceId: id, reason });
      await recordFailedPurge(db, { workspaceId: id, requestedBy: null, reason }).catch((auditError) =>
        console.error(`[retention] could not audit the failed purge of ${id}:`, auditError),
      );
    }
    await options.onProgress?.(index + 1, rows.length);
  }
  return result;
}

export const dataProtectionDailyJobHandler: JobHandler = {
  async run({ db, reportProgress, keepAlive }) {
    const result = await runDailyPurge(db, { onProgress: reportProgress, onBatch: keepAlive });
    if (result.failed.length > 0) {
      // Not retried: the other workspaces are done, and the failures say what to fix.
      throw new PermanentJobError(
        `Purge failed for ${result.failed.length} of ${result.purged.length + result.failed.length} workspaces: ` +
          result.failed.map((f) => `${f.workspaceId ?? "instance records"} (${f.reason})`).join("; "),
      );
    }
  },
};
