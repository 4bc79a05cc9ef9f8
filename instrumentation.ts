// Next calls register() once per server process. It starts the in-process job worker, so
// ingestion runs in the background without a separate service (JOB_WORKER_IN_PROCESS=false
// turns it off where a dedicated `npm run worker` process does the work).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  if (!env.JOB_WORKER_IN_PROCESS) return;
  const { startBackgroundWorker } = await import("@/lib/jobs/background-worker");
  const { loadJobHandlers } = await import("@/lib/jobs/handlers");
  startBackgroundWorker(loadJobHandlers);
}
