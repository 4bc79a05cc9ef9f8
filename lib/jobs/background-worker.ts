import "server-only";
import { getDb } from "@/lib/db/client";
import type { Database } from "@/lib/db/types";
import { scheduleDailyJobs } from "./daily-jobs";
import { scheduleConnectorSweep } from "@/lib/knowledge/connectors/connector-sweep";
import { runQueuedJobs, type JobHandlers } from "./worker";

/**
 * The in-process worker every app instance runs (started from instrumentation.ts). It polls
 * the queue, and `kickBackgroundWorker()` wakes it at once after an enqueue, so a small upload
 * starts processing immediately instead of at the next poll. Each poll also queues the day's
 * daily jobs (daily-jobs.ts) once per UTC day and the due-connector sweep every five minutes
 * (connector-sweep.ts); every instance may do so, the queue keeps one.
 */
const POLL_INTERVAL_MS = 2_000;

type WorkerState = {
  running: boolean;
  again: boolean;
  timer?: NodeJS.Timeout;
  handlers?: () => Promise<JobHandlers>;
  onFirstRun?: (db: Database) => Promise<unknown>;
};
const globalForWorker = globalThis as typeof globalThis & { __brandpilotWorker?: WorkerState };
const state = (globalForWorker.__brandpilotWorker ??= { running: false, again: false });

async function drain() {
  if (!state.handlers) return;
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  try {
    if (state.onFirstRun) {
      const firstRun = state.onFirstRun;
      state.onFirstRun = undefined;
      await firstRun(await getDb());
    }
    const db = await getDb();
    try {
      await scheduleDailyJobs(db);
      await scheduleConnectorSweep(db);
    } catch (error) {
      // The queued work still runs; the next poll tries the daily jobs again.
      console.error("[jobs] could not queue the daily jobs:", error instanceof Error ? error.message : error);
    }
    do {
      state.again = false;
      await runQueuedJobs(await getDb(), await state.handlers());
    } while (state.again);
  } catch (error) {
    console.error("[jobs] worker loop error:", error instanceof Error ? error.message : error);
  } finally {
    state.running = false;
  }
}

export function startBackgroundWorker(
  loadHandlers: () => Promise<JobHandlers>,
  options: { onFirstRun?: (db: Database) => Promise<unknown> } = {},
) {
  state.handlers = loadHandlers;
  state.onFirstRun = options.onFirstRun;
  if (state.timer) return;
  state.timer = setInterval(() => void drain(), POLL_INTERVAL_MS);
  state.timer.unref();
}

export function kickBackgroundWorker() {
  void drain();
}
