// Next calls register() once per server process. It starts tracing when an OTLP endpoint is
// configured, and the in-process job worker, so ingestion runs in the background without a
// separate service (JOB_WORKER_IN_PROCESS=false turns it off where dedicated `npm run worker`
// processes do the work). Never during `next build`: the build must not open the database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("@/lib/env");
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT) {
    const { startTracing } = await import("@/lib/telemetry/start-tracing");
    startTracing({ endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: env.OTEL_SERVICE_NAME });
  }
  if (!env.JOB_WORKER_IN_PROCESS) return;
  const { startBackgroundWorker } = await import("@/lib/jobs/background-worker");
  const { loadJobHandlers } = await import("@/lib/jobs/handlers");
  const { enqueueReembedForStaleWorkspaces } = await import("@/lib/knowledge/ingest/reembed");
  startBackgroundWorker(loadJobHandlers, { onFirstRun: enqueueReembedForStaleWorkspaces });
}
