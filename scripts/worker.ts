// `npm run worker`: a dedicated job worker process for PostgreSQL deployments. Any number can
// run beside the web instances; they share the queue through FOR UPDATE SKIP LOCKED. Each also
// queues the daily jobs (retention purge) at the start of every UTC day.
import { getDb } from "@/lib/db/client";
import { scheduleDailyJobs } from "@/lib/jobs/daily-jobs";
import { scheduleConnectorSweep } from "@/lib/knowledge/connectors/connector-sweep";
import { loadJobHandlers } from "@/lib/jobs/handlers";
import { runQueuedJobs } from "@/lib/jobs/worker";
import { env } from "@/lib/env";
import { startTracing } from "@/lib/telemetry/start-tracing";

const IDLE_WAIT_MS = 1_000;
let stopping = false;
process.on("SIGTERM", () => (stopping = true));
process.on("SIGINT", () => (stopping = true));

async function main() {
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT) startTracing({ endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: env.OTEL_SERVICE_NAME });
  const db = await getDb();
  const handlers = await loadJobHandlers();
  console.log(`Worker started for job types: ${Object.keys(handlers).join(", ")}`);
  while (!stopping) {
    // Once per UTC day per process; the queue's idempotency key keeps one job across all workers.
    await scheduleDailyJobs(db).catch((error) => console.error("Could not queue the daily jobs:", error instanceof Error ? error.message : error));
    await scheduleConnectorSweep(db).catch((error) => console.error("Could not queue the connector sweep:", error instanceof Error ? error.message : error));
    const processed = await runQueuedJobs(db, handlers, { maxJobs: 10 });
    if (processed === 0) await new Promise((resolve) => setTimeout(resolve, IDLE_WAIT_MS));
  }
  process.exit(0);
}

main().catch((error) => {
  console.error("Worker crashed:", error);
  process.exit(1);
});
