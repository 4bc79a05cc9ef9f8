// `npm run bench:api [-- --iterations 300]`: what the API path adds to an operation. The same
// operation is called directly (the domain function, as a server action's handler would) and
// through its REST route handler with a Bearer token (token lookup + hash check, membership,
// rate limit, zod, audit entry), and over MCP (tools/call through /api/mcp), interleaved; the
// overhead is the paired difference per iteration, reported as p50/p95. The parts of the path
// are timed on their own too, to show where the time goes. Target: p50 overhead ≤ 5 ms.
// Runs against DATABASE_URL, or a fresh embedded PGlite under .data/bench.
import fs from "node:fs";
import path from "node:path";

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const ITERATIONS = arg("iterations", 300);
const WARMUP = 20;
// Below the default budget of 120 requests a minute per token, so no call is answered 429.
const CALLS_PER_TOKEN = 100;

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const round = (n: number) => Number(n.toFixed(2));
const stats = (samples: number[]) => ({ p50Ms: round(percentile(samples, 50)), p95Ms: round(percentile(samples, 95)) });

/** Wall-clock ms of one call; its process CPU ms are added to `cpu` when given. */
async function time<T>(fn: () => Promise<T>, cpu?: number[]): Promise<[number, T]> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const value = await fn();
  const wall = performance.now() - started;
  if (cpu) {
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
  }
  return [wall, value];
}

async function main() {
  const bench = path.join(".data", "bench");
  fs.mkdirSync(bench, { recursive: true });
  if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR = path.join(bench, `api-${Date.now()}`);
  process.env.BRANDPILOT_DEMO = "false";
  process.env.JOB_WORKER_IN_PROCESS = "false";

  const { getDb } = await import("@/lib/db/client");
  const { env } = await import("@/lib/env");
  const { workspaces, users, memberships } = await import("@/lib/db/schema");
  const { createId } = await import("@/lib/ids");
  await import("@/app/api/v1/route-manifest");
  const { listApiRoutes } = await import("@/lib/api/registry");
  const { createPersonalToken } = await import("@/lib/api-tokens/manage-tokens");
  const { authenticateApiToken } = await import("@/lib/api-tokens/authenticate-token");
  const { consumeApiRequest, DEFAULT_API_RATE_LIMIT } = await import("@/lib/api/rate-limit");
  const { appendAuditEntry } = await import("@/lib/audit/append");
  const { retrieve } = await import("@/lib/knowledge/retrieve/retrieve");
  const { getJobStatus } = await import("@/lib/jobs/job-status");
  const { INGEST_JOB_TYPE } = await import("@/lib/knowledge/ingest/ingest-types");
  const { handleMcpRequest } = await import("@/lib/mcp/handle-mcp-request");
  const { addTextSource, runIngestion } = await import("@/lib/testing/knowledge-fixtures");

  const db = await getDb();
  const workspaceId = createId("workspace");
  const userId = createId("user");
  await db.insert(users).values({ id: userId, email: `bench-${userId}@example.test`, name: "Bench Editor" });
  await db.insert(workspaces).values({ id: workspaceId, slug: `bench-api-${Date.now()}`, name: "API bench" });
  await db.insert(memberships).values({ workspaceId, userId, role: "editor" });
  const texts = [
    "The Fjell rain jacket is waterproof to 20,000 mm and weighs 390 g. It packs into its own pocket.",
    "Returns are free within 30 days. Unworn items in their original packaging are refunded in full.",
    "Care: wash the jacket at 30 degrees, no fabric softener, and tumble dry low to restore the coating.",
  ];
  let jobId = "";
  for (const [index, text] of texts.entries()) jobId = (await addTextSource(workspaceId, text, { title: `Page ${index + 1}` })).jobId ?? jobId;
  await runIngestion(workspaceId);

  const tokens: string[] = [];
  let calls = 0;
  // A fresh token every CALLS_PER_TOKEN API calls keeps every call under the rate limit (a real
  // client at that pace would be answered 429, which is cheaper and would flatter the figures).
  const nextToken = async () => {
    if (calls++ % CALLS_PER_TOKEN === 0) {
      tokens.push((await createPersonalToken(db, { workspaceId, actorId: userId, memberRole: "editor", name: `bench ${tokens.length}`, expiresInDays: 7, scopes: null })).token);
    }
    return tokens.at(-1)!;
  };

  const route = (name: string) => listApiRoutes().find((r) => r.name === name)!;
  const search = route("api.knowledge.search");
  const job = route("api.jobs.get");
  const query = "waterproof rain jacket";

  const viewer = { role: "editor" as const };
  const operations: Record<string, { direct: () => Promise<unknown>; api: (token: string) => Promise<Response> }> = {
    "GET /api/v1/jobs/{id}": {
      direct: () => getJobStatus(db, { workspaceId, jobId, types: [INGEST_JOB_TYPE] }),
      api: async (token) =>
        job.handle(new Request(`http://localhost/api/v1/jobs/${jobId}`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({ id: jobId }) }),
    },
    "GET /api/v1/knowledge/search": {
      direct: () => retrieve(db, { workspaceId, query, viewer, filters: { kinds: [], languages: [], categories: [] }, k: 5, purpose: "playground", rerank: false }),
      api: async (token) =>
        search.handle(new Request(`http://localhost/api/v1/knowledge/search?q=${encodeURIComponent(query)}&k=5&rerank=false`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) }),
    },
    "MCP tools/call search_knowledge": {
      direct: () => retrieve(db, { workspaceId, query, viewer, filters: { kinds: [], languages: [], categories: [] }, k: 5, purpose: "playground", rerank: true }),
      api: async (token) =>
        handleMcpRequest(
          new Request("http://localhost/api/mcp", {
            method: "POST",
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json", accept: "application/json, text/event-stream" },
            body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "search_knowledge", arguments: { query, k: 5 } } }),
          }),
        ),
    },
  };

  const results: Record<string, unknown> = {};
  for (const [name, operation] of Object.entries(operations)) {
    const direct: number[] = [];
    const api: number[] = [];
    const overhead: number[] = [];
    // Process CPU per call: with the embedded database (in-process) this is the call's cost without
    // the waiting that other processes on a busy machine add to the wall clock.
    const directCpu: number[] = [];
    const apiCpu: number[] = [];
    const cpuOverhead: number[] = [];
    for (let i = 0; i < WARMUP + ITERATIONS; i++) {
      // Alternating which goes first cancels cache warm-up in favour of the second call.
      // Token creation (every CALLS_PER_TOKEN calls) is set-up, not part of the measured call.
      const token = await nextToken();
      const runApi = async () => {
        const [ms, response] = await time(() => operation.api(token), apiCpu);
        if (response.status !== 200) throw new Error(`${name}: ${response.status} ${await response.text()}`);
        const body = await response.text();
        if (body.includes('"isError":true')) throw new Error(`${name}: ${body}`);
        return ms;
      };
      let directMs: number;
      let apiMs: number;
      if (i % 2 === 0) {
        [directMs] = await time(operation.direct, directCpu);
        apiMs = await runApi();
      } else {
        apiMs = await runApi();
        [directMs] = await time(operation.direct, directCpu);
      }
      if (i < WARMUP) {
        directCpu.pop();
        apiCpu.pop();
        continue;
      }
      cpuOverhead.push(apiCpu.at(-1)! - directCpu.at(-1)!);
      direct.push(directMs);
      api.push(apiMs);
      overhead.push(apiMs - directMs);
    }
    results[name] = { direct: stats(direct), viaApi: stats(api), overhead: stats(overhead), cpuOverhead: stats(cpuOverhead) };
  }

  // The parts of the path on their own.
  const token = await nextToken();
  const parts = { authenticate: [] as number[], rateLimit: [] as number[], audit: [] as number[] };
  const caller = await authenticateApiToken(db, { token, ip: null });
  for (let i = 0; i < ITERATIONS; i++) {
    parts.authenticate.push((await time(() => authenticateApiToken(db, { token, ip: null })))[0]);
    parts.rateLimit.push((await time(() => consumeApiRequest(db, { tokenId: `bench-${i % 50}`, bucket: "bench", policy: DEFAULT_API_RATE_LIMIT })))[0]);
    parts.audit.push(
      (await time(() => appendAuditEntry(db, { workspaceId, actorUserId: caller.actor.id, action: "api.bench", outcome: "success", detail: { tokenId: caller.token.id } })))[0],
    );
  }

  console.log(
    JSON.stringify(
      {
        database: env.isEmbeddedDatabase ? "PGlite" : "PostgreSQL",
        iterations: ITERATIONS,
        loadAverage: (await import("node:os")).loadavg().map((n) => Number(n.toFixed(1))),
        operations: results,
        parts: Object.fromEntries(Object.entries(parts).map(([name, samples]) => [name, stats(samples)])),
      },
      null,
      2,
    ),
  );
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
