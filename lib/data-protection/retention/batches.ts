import "server-only";
import type { SQL } from "drizzle-orm";
import { executeRows } from "@/lib/db/execute";
import type { Database } from "@/lib/db/types";

/**
 * Rows per statement. Each batch is one short statement (its own transaction), so purging a
 * table of millions of rows never holds one long lock that stalls imports or generation, and an
 * interrupted purge keeps what it already did; the next run continues where it stopped.
 */
export const PURGE_BATCH_SIZE = 2_000;

/**
 * Runs `statement(limit)` until it touches fewer than `limit` rows; answers the total. Each
 * statement must answer one row `{ n }` (rows touched) and must no longer match the rows it
 * touched (deleted, or an update whose condition excludes cleared rows), or this would not end.
 * `onBatch` runs after every statement: the daily job renews its lease there, since a large
 * purge can outlast it (lib/jobs/lease-keeper.ts).
 */
export async function runInBatches(
  db: Database,
  statement: (limit: number) => SQL,
  options: { batchSize?: number; onBatch?: () => void } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? PURGE_BATCH_SIZE;
  let total = 0;
  for (;;) {
    const [row] = await executeRows<{ n: number | string }>(db, statement(batchSize));
    const touched = Number(row?.n ?? 0);
    total += touched;
    options.onBatch?.();
    if (touched < batchSize) return total;
  }
}
