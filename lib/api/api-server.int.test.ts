import "@/app/api/v1/route-manifest";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { apiTokens, auditLog, knowledgeSources } from "@/lib/db/schema";
import { enqueueJob } from "@/lib/jobs/queue";
import { KPI_IMPORT_JOB_TYPE } from "@/lib/kpi/uploads/upload";
import { getDb } from "@/lib/db/client";
import { createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { startApiTestServer } from "@/lib/testing/api-test-server";
import { bearer, createTestPersonalToken } from "@/lib/testing/api-token-fixtures";
import { defineApiRoute } from "./define-api-route";

// A route with a tiny budget of its own, to reach 429 without hundreds of calls.
defineApiRoute({
  name: "test.rate_limited",
  method: "GET",
  path: "/api/v1/test/rate-limited",
  tag: "Test",
  summary: "test",
  permission: "knowledge:read",
  rateLimit: { points: 2, windowSeconds: 60 },
  input: z.object({}),
  output: z.object({ ok: z.boolean() }),
  handler: async () => ({ ok: true }),
});

let server: Awaited<ReturnType<typeof startApiTestServer>>;
let fixture: Awaited<ReturnType<typeof createWorkspaceWithEveryRole>>;
let editorToken: string;
beforeAll(async () => {
  server = await startApiTestServer();
  fixture = await createWorkspaceWithEveryRole();
  editorToken = (await createTestPersonalToken({ workspaceId: fixture.workspace.id, userId: fixture.members.editor.id, role: "editor", name: "nightly import" })).token;
});
afterAll(() => server.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...bearer(editorToken), ...headers }, body: JSON.stringify(body) });

describe("REST v1 over HTTP", () => {
  it("answers a search with 200, JSON and RateLimit headers, and audits the call with the token", async () => {
    const response = await fetch(`${server.url}/api/v1/knowledge/search?q=jacket&k=3&kinds=product,policy`, { headers: bearer(editorToken) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("ratelimit-limit")).toBe("120");
    expect(Number(response.headers.get("ratelimit-remaining"))).toBeLessThan(120);
    expect(Number(response.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
    expect(await response.json()).toEqual({ results: [], tookMs: expect.any(Number) });

    const db = await getDb();
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.workspaceId, fixture.workspace.id), eq(auditLog.action, "api.knowledge.search")));
    expect(entry!.actorLabel).toBe(`${fixture.members.editor.email} via token "nightly import"`);
    expect(entry!.detail).toMatchObject({ via: "api_token", tokenId: expect.stringMatching(/^tok_/), tokenName: "nightly import", tokenKind: "personal" });
  });

  it("refuses without a token (session cookies are not read) as problem+json", async () => {
    const response = await fetch(`${server.url}/api/v1/knowledge/search?q=x`, { headers: { cookie: "next-auth.session-token=anything" } });
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    expect(await response.json()).toEqual({ type: "/docs/api#problem-unauthorized", title: "Unauthorized", status: 401, detail: expect.stringContaining("Authorization: Bearer"), code: "unauthorized" });
  });

  it("names each invalid field, refuses non-JSON bodies and oversized bodies", async () => {
    const invalid = await fetch(`${server.url}/api/v1/knowledge/search?k=99`, { headers: bearer(editorToken) });
    expect(invalid.status).toBe(400);
    const problem = await invalid.json();
    expect(problem.code).toBe("invalid_input");
    expect(Object.keys(problem.errors).sort()).toEqual(["k", "q"]);

    const form = await fetch(`${server.url}/api/v1/knowledge/answer`, { method: "POST", headers: { ...bearer(editorToken), "content-type": "text/plain" }, body: "hi" });
    expect(form.status).toBe(415);
    const tooBig = await post("/api/v1/knowledge/answer", { question: "x".repeat(70 * 1024) });
    expect(tooBig.status).toBe(413);
    expect((await tooBig.json()).code).toBe("payload_too_large");
    // Answers spend model budget: their own 20/min, not the token's general 120.
    expect(tooBig.headers.get("ratelimit-limit")).toBe("20");
  });

  it("checks the permission before reading the body: a token without knowledge:write gets 403 for a big upload, not 413", async () => {
    const readOnly = (await createTestPersonalToken({ workspaceId: fixture.workspace.id, userId: fixture.members.editor.id, role: "editor", scopes: ["knowledge:read"] })).token;
    const response = await fetch(`${server.url}/api/v1/knowledge/sources`, {
      method: "POST",
      headers: { "content-type": "application/json", ...bearer(readOnly) },
      body: JSON.stringify({ type: "text", title: "x", text: "x".repeat(20 * 1024 * 1024) }),
    });
    expect(response.status).toBe(403);
    expect((await response.json()).detail).toContain("knowledge:write");
  });

  it("keeps answering 401 to a revoked token but audits its refusals at most once a minute", async () => {
    const db = await getDb();
    const token = await createTestPersonalToken({ workspaceId: fixture.workspace.id, userId: fixture.members.manager.id, role: "manager", name: "looping script" });
    await db.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, token.id));
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${server.url}/api/v1/knowledge/search?q=x`, { headers: bearer(token.token) });
      expect(response.status).toBe(401);
    }
    const entries = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, fixture.workspace.id), eq(auditLog.outcome, "denied"), sql`${auditLog.detail}->>'tokenId' = ${token.id}`));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.detail).toMatchObject({ reason: "unauthorized", message: expect.stringContaining("revoked") });
  });

  it("replays an Idempotency-Key with the same body and refuses it with a different one", async () => {
    const body = { type: "text", title: "Returns policy", text: "Returns are free within 30 days.", classification: "public" };
    const first = await post("/api/v1/knowledge/sources", body, { "idempotency-key": "import-2026-01-01" });
    expect(first.status).toBe(202);
    const created = await first.json();
    expect(created).toMatchObject({ sourceId: expect.stringMatching(/^src_/), jobId: expect.stringMatching(/^job_/), role: expect.any(String) });

    const replay = await post("/api/v1/knowledge/sources", body, { "idempotency-key": "import-2026-01-01" });
    expect(replay.status).toBe(202);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await replay.json()).toEqual(created);
    const db = await getDb();
    const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(knowledgeSources).where(eq(knowledgeSources.workspaceId, fixture.workspace.id));
    expect(count!.n).toBe(1);

    const mismatch = await post("/api/v1/knowledge/sources", { ...body, title: "Other" }, { "idempotency-key": "import-2026-01-01" });
    expect(mismatch.status).toBe(422);
    expect(await mismatch.json()).toMatchObject({ code: "idempotency_key_reused", status: 422 });

    // The job it started is visible to this workspace's tokens only.
    const job = await fetch(`${server.url}/api/v1/jobs/${created.jobId}`, { headers: bearer(editorToken) });
    expect(job.status).toBe(200);
    expect(await job.json()).toMatchObject({ id: created.jobId, status: expect.stringMatching(/^(queued|running|succeeded|failed)$/) });
    const outsiderToken = (await createTestPersonalToken({ workspaceId: fixture.otherWorkspace.id, userId: fixture.outsider.id, role: "admin" })).token;
    const foreign = await fetch(`${server.url}/api/v1/jobs/${created.jobId}`, { headers: bearer(outsiderToken) });
    expect(foreign.status).toBe(404);
    // Jobs the API does not start (here a KPI import) are not the token's business: 404 like a missing one.
    const kpiJob = await enqueueJob(db, { workspaceId: fixture.workspace.id, type: KPI_IMPORT_JOB_TYPE, payload: {} });
    expect((await fetch(`${server.url}/api/v1/jobs/${kpiJob}`, { headers: bearer(editorToken) })).status).toBe(404);
  });

  it("refuses a mutating call without effect when the input is bad, and frees its Idempotency-Key", async () => {
    const bad = await post("/api/v1/knowledge/sources", { type: "text", title: "", text: "" }, { "idempotency-key": "retry-me" });
    expect(bad.status).toBe(400);
    const retry = await post("/api/v1/knowledge/sources", { type: "text", title: "Care guide", text: "Wash at 30 degrees." }, { "idempotency-key": "retry-me" });
    expect(retry.status).toBe(202);
  });

  it("limits requests per token with RateLimit headers and Retry-After on 429", async () => {
    const token = (await createTestPersonalToken({ workspaceId: fixture.workspace.id, userId: fixture.members.manager.id, role: "manager" })).token;
    const call = () => fetch(`${server.url}/api/v1/test/rate-limited`, { headers: bearer(token) });
    expect((await call()).headers.get("ratelimit-remaining")).toBe("1");
    expect((await call()).headers.get("ratelimit-remaining")).toBe("0");
    const limited = await call();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("content-type")).toBe("application/problem+json");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("ratelimit-limit")).toBe("2");
    expect((await limited.json()).code).toBe("rate_limited");
  });
});
