// `npm run bench:router-load -- [--seconds 60] [--concurrency 50]`: starts a mock OpenAI-compatible
// provider (200 ms latency, 20 % HTTP 500s) and the production build of the app on loopback, signs
// in, and sends `concurrency` parallel question requests (POST) for `seconds` to /api/knowledge/answer.
// Every request must end in an answer (via retries and fallback) or a typed JSON error.
// Needs a build (`npx next build`) first. Loopback only; bounded in count and time.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startMockOpenAIServer } from "./mock-openai-server";

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const SECONDS = arg("seconds", 60);
const CONCURRENCY = arg("concurrency", 50);
const APP_PORT = 3450;
const MOCK_PORT = 3451;
const WORDS = "trail jacket boot tent glove merino shell waterproof summit ridge fjord glacier winter summer layer down wool river forest camp stove lantern rope harness compass map weather storm rain snow wind sun warm dry light heavy fast slow quiet calm bright".split(" ");

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not come up`);
}

async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const cookies = csrfResponse.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  if (!session.includes("session-token")) throw new Error("sign-in failed");
  return `${cookies}; ${session}`;
}

async function main() {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`Run \`npx next build\` first (into ${distDir}).`);
  const mock = await startMockOpenAIServer({ port: MOCK_PORT, latencyMs: 200, failureRate: 0.2 });
  const dataDir = path.join(".data", "bench", `load-${Date.now()}`);
  const app = spawn("npx", ["next", "start", "--port", String(APP_PORT)], {
    env: {
      ...process.env,
      PGLITE_DATA_DIR: path.join(dataDir, "pglite"),
      BRANDPILOT_DEMO: "true",
      NEXTAUTH_URL: `http://localhost:${APP_PORT}`,
      OPENAI_COMPATIBLE_BASE_URL: `http://127.0.0.1:${MOCK_PORT}/v1`,
      OPENAI_COMPATIBLE_NAME: "mockllm",
      OPENAI_COMPATIBLE_MODELS: "mock-a@standard,mock-b@standard",
      MODEL_REQUESTS_PER_USER_PER_MINUTE: "1000000",
      MODEL_CALL_TIMEOUT_MS: "5000",
      // Every request must reach the (failing) provider, not the response cache.
      MODEL_CACHE_ENABLED: "false",
    },
    stdio: ["ignore", "ignore", "inherit"],
    // Its own process group, so the server npx starts is stopped with it.
    detached: true,
  });
  try {
    const base = `http://localhost:${APP_PORT}`;
    await waitFor(`${base}/login`, 60_000);
    const cookie = await signIn(base, "admin@nordlicht.example", "brandpilot-demo");
    const workspaceHtml = await (await fetch(`${base}/nordlicht/admin/members`, { headers: { cookie } })).text();
    const workspaceId = workspaceHtml.match(/ws_[A-Za-z0-9_-]{16}/)?.[0];
    if (!workspaceId) throw new Error("could not find the demo workspace id");

    const outcomes = { answered: 0, typedErrors: {} as Record<string, number>, unhandled: 0 };
    const latencies: number[] = [];
    const deadline = Date.now() + SECONDS * 1000;
    let counter = 0;
    const worker = async () => {
      while (Date.now() < deadline) {
        const n = counter++;
        const question = Array.from({ length: 7 }, (_, i) => WORDS[(n * 7 + i * 13 + Math.floor(n / 3)) % WORDS.length]).join(" ") + ` ${n}?`;
        const started = performance.now();
        try {
          const response = await fetch(`${base}/api/knowledge/answer`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ workspaceId, question }) });
          const body = (await response.json().catch(() => null)) as { answer?: string; error?: { code?: string } } | null;
          if (response.ok && body?.answer !== undefined) outcomes.answered++;
          else if (body?.error?.code) outcomes.typedErrors[body.error.code] = (outcomes.typedErrors[body.error.code] ?? 0) + 1;
          else outcomes.unhandled++;
        } catch {
          outcomes.unhandled++;
        }
        latencies.push(performance.now() - started);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const total = latencies.length;
    console.log(
      JSON.stringify(
        {
          seconds: SECONDS,
          concurrency: CONCURRENCY,
          requests: total,
          throughputPerSecond: Number((total / SECONDS).toFixed(1)),
          p50Ms: Math.round(percentile(latencies, 50)),
          p95Ms: Math.round(percentile(latencies, 95)),
          ...outcomes,
          provider: { requests: mock.stats.requests, injectedFailures: mock.stats.failures },
        },
        null,
        2,
      ),
    );
    if (outcomes.unhandled > 0) process.exitCode = 1;
  } finally {
    if (app.pid) process.kill(-app.pid, "SIGTERM");
    await mock.close();
  }
}

main().catch((error) => {
  console.error("Load run failed:", error);
  process.exit(1);
});
