// Next calls register() once per server process. It starts tracing when an OTLP endpoint is
// configured; runs the start-up tasks (demo seeding when BRANDPILOT_DEMO=true, and the first-run
// setup link while the instance has no account); and starts the in-process job worker, so
// ingestion runs in the background without a separate service (JOB_WORKER_IN_PROCESS=false turns
// it off where dedicated `npm run worker` processes do the work). Never during `next build`: the
// build must not open the database.
//
// Every import sits inside the `NEXT_RUNTIME === "nodejs"` block: Next compiles this file for the
// Edge runtime too and drops only code under that exact condition, and the server modules (argon2,
// PGlite, pg) cannot be bundled for Edge.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    if (process.env.NEXT_PHASE === "phase-production-build") return;
    const { env } = await import("@/lib/env");
    // SSO domain and just-in-time membership settings are parsed here, so a bad value stops the
    // server at start with a message naming the entry, not at the first sign-in.
    await import("@/lib/auth/sso/env-settings");
    if (env.OTEL_EXPORTER_OTLP_ENDPOINT) {
      const { startTracing } = await import("@/lib/telemetry/start-tracing");
      startTracing({ endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: env.OTEL_SERVICE_NAME });
    }
    try {
      const { getDb } = await import("@/lib/db/client");
      const { runStartupTasks } = await import("@/lib/setup/startup");
      // Next sets PORT to the port it listens on (`next start --port 3210` included) before register().
      const baseUrl = env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`;
      await runStartupTasks(await getDb(), { isDemo: env.isDemo, nodeEnv: env.NODE_ENV, baseUrl });
    } catch (error) {
      // A database that is not reachable yet must not keep the server down: pages answer with the
      // error instead, and the next start prints the setup link.
      console.error("[startup] Start-up tasks failed:", error instanceof Error ? error.message : error);
    }
    if (!env.JOB_WORKER_IN_PROCESS) return;
    const { startBackgroundWorker } = await import("@/lib/jobs/background-worker");
    const { loadJobHandlers } = await import("@/lib/jobs/handlers");
    const { enqueueReembedForStaleWorkspaces } = await import("@/lib/knowledge/ingest/reembed");
    startBackgroundWorker(loadJobHandlers, { onFirstRun: enqueueReembedForStaleWorkspaces });
  }
}
