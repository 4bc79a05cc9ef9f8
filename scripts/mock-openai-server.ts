// An OpenAI-compatible chat completions endpoint for load tests: fixed latency, a share of
// HTTP 500 answers (seeded, so runs are comparable), token usage in every answer. Loopback only.
import http from "node:http";

export type MockServerOptions = { port: number; latencyMs: number; failureRate: number; seed?: number };

export function startMockOpenAIServer(options: MockServerOptions) {
  let state = options.seed ?? 42;
  // mulberry32: small deterministic PRNG
  const random = () => {
    state |= 0;
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const stats = { requests: 0, failures: 0 };
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      stats.requests++;
      const fail = random() < options.failureRate;
      setTimeout(() => {
        if (fail) {
          stats.failures++;
          response.writeHead(500, { "content-type": "application/json" });
          response.end(JSON.stringify({ error: { message: "injected failure", type: "server_error" } }));
          return;
        }
        const model = (JSON.parse(body || "{}") as { model?: string }).model ?? "mock";
        response.writeHead(200, { "content-type": "application/json" });
        response.end(
          JSON.stringify({
            id: `chatcmpl-${stats.requests}`,
            object: "chat.completion",
            created: Math.floor(Date.now() / 1000),
            model,
            choices: [{ index: 0, message: { role: "assistant", content: "The sources do not say." }, finish_reason: "stop" }],
            usage: { prompt_tokens: 400, completion_tokens: 20, total_tokens: 420 },
          }),
        );
      }, options.latencyMs);
    });
  });
  return new Promise<{ close(): Promise<void>; stats: typeof stats }>((resolve) =>
    server.listen(options.port, "127.0.0.1", () => resolve({ stats, close: () => new Promise((done) => server.close(() => done())) })),
  );
}
