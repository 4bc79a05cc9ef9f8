import "@/app/api/v1/route-manifest";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assets } from "@/lib/db/schema";
import { getDb } from "@/lib/db/client";
import { createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { createGeneratedDraft, setUpBrand } from "@/lib/testing/asset-fixtures";
import { startApiTestServer } from "@/lib/testing/api-test-server";
import { encodeCursor } from "@/lib/api/pagination";
import { bearer, createTestPersonalToken, createTestServiceToken } from "@/lib/testing/api-token-fixtures";
import { googleAdsCsv, importTextForTest } from "@/lib/testing/kpi/fixtures";

/**
 * REST v1 over HTTP for assets, review, campaigns and KPI: real fetch against the node:http test
 * server, the built-in local models (deterministic), PGlite or Postgres as the suite runs.
 */
let server: Awaited<ReturnType<typeof startApiTestServer>>;
let fixture: Awaited<ReturnType<typeof createWorkspaceWithEveryRole>>;
let tokens: { marketer: string; editor: string; otherEditor: string; manager: string };
let fjellId: string;
let marketerDraftIds: string[];

beforeAll(async () => {
  server = await startApiTestServer();
  fixture = await createWorkspaceWithEveryRole();
  const workspaceId = fixture.workspace.id;
  ({ fjellId } = await setUpBrand(workspaceId));
  const { members } = fixture;
  tokens = {
    marketer: (await createTestPersonalToken({ workspaceId, userId: members.marketer.id, role: "marketer", name: "cms" })).token,
    editor: (await createTestPersonalToken({ workspaceId, userId: members.editor.id, role: "editor" })).token,
    // A service token owned by the admin, acting as an editor: a second pair of eyes.
    otherEditor: (await createTestServiceToken({ workspaceId, ownerId: members.admin.id, role: "editor", name: "review bot" })).token,
    manager: (await createTestPersonalToken({ workspaceId, userId: members.manager.id, role: "manager" })).token,
  };
  marketerDraftIds = [];
  for (let i = 0; i < 3; i++) marketerDraftIds.push((await createGeneratedDraft({ workspaceId, authorId: members.marketer.id, productSourceId: fjellId })).assetId);
});
afterAll(() => server.close());

const get = (path: string, token: string) => fetch(`${server.url}${path}`, { headers: bearer(token) });
const post = (path: string, token: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...bearer(token), ...headers }, body: JSON.stringify(body) });

type Event = { type: string; kind?: string; result?: { drafts: { assetId: string; kind: string; validation: { valid: boolean } }[]; errors: unknown[] } } & Record<string, unknown>;
const brief = () => ({ brief: { productSourceId: fjellId, assetKinds: ["google-rsa"], language: "en" } });

function parseSse(text: string): Event[] {
  return text
    .trim()
    .split("\n\n")
    .map((block) => {
      const name = /^event: (.+)$/m.exec(block)![1];
      const event = JSON.parse(/^data: (.+)$/m.exec(block)![1]!) as Event;
      expect(event.type).toBe(name);
      return event;
    });
}

async function assetCount() {
  return (await (await getDb()).select({ id: assets.id }).from(assets).where(eq(assets.workspaceId, fixture.workspace.id))).length;
}

describe("POST /api/v1/assets/generate", () => {
  it("streams NDJSON: start, partials, the saved draft, then done with the result", async () => {
    const response = await post("/api/v1/assets/generate", tokens.marketer, brief(), { accept: "application/x-ndjson" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(response.headers.get("ratelimit-limit")).toBe("20");
    const events = (await response.text()).trim().split("\n").map((line) => JSON.parse(line) as Event);
    expect(events[0]).toEqual({ type: "start", kind: "google-rsa" });
    expect(events.some((event) => event.type === "partial")).toBe(true);
    const result = events.find((event) => event.type === "result")!;
    expect(result).toMatchObject({ kind: "google-rsa", assetId: expect.stringMatching(/^ast_/), version: 1, validation: { valid: true } });
    const done = events.at(-1)!;
    expect(done.type).toBe("done");
    expect(done.result).toEqual({ drafts: [expect.objectContaining({ assetId: result.assetId, kind: "google-rsa" })], errors: [] });
    // The page's own `done` (no result) is not passed on: one final event.
    expect(events.filter((event) => event.type === "done")).toHaveLength(1);
    const [saved] = await (await getDb()).select().from(assets).where(eq(assets.id, result.assetId as string));
    expect(saved).toMatchObject({ workspaceId: fixture.workspace.id, createdBy: fixture.members.marketer.id, state: "draft" });
  });

  it("streams SSE with the same events, and replays a finished Idempotency-Key as JSON without a second draft", async () => {
    const key = { "idempotency-key": "generate-fjell-1" };
    const response = await post("/api/v1/assets/generate", tokens.marketer, brief(), { accept: "text/event-stream", ...key });
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    const events = parseSse(await response.text());
    expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(["start", "partial", "result"]));
    const done = events.at(-1)!;
    expect(done.type).toBe("done");
    expect(done.result!.drafts).toHaveLength(1);
    expect(done.result!.drafts[0]!.validation.valid).toBe(true);

    const before = await assetCount();
    const replay = await post("/api/v1/assets/generate", tokens.marketer, brief(), { accept: "text/event-stream", ...key });
    expect(replay.status).toBe(200);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.headers.get("content-type")).toBe("application/json");
    expect(await replay.json()).toEqual(done.result);
    expect(await assetCount()).toBe(before);
  });

  it("answers JSON once finished when the client asks for no stream", async () => {
    const response = await post("/api/v1/assets/generate", tokens.marketer, brief());
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = (await response.json()) as { drafts: { assetId: string; content: { kind: string } }[]; errors: unknown[] };
    expect(body.errors).toEqual([]);
    expect(body.drafts.map((draft) => draft.content.kind)).toEqual(["google-rsa"]);
  });

  it("refuses before streaming: a role without asset:generate, and a brief that cannot be written", async () => {
    const manager = await post("/api/v1/assets/generate", tokens.manager, brief(), { accept: "application/x-ndjson" });
    expect(manager.status).toBe(403);
    expect(manager.headers.get("content-type")).toBe("application/problem+json");
    const before = await assetCount();
    const topicFeed = await post("/api/v1/assets/generate", tokens.marketer, { brief: { productSourceId: null, topic: "Rain", assetKinds: ["merchant-feed"], language: "en" } }, { accept: "application/x-ndjson" });
    expect(topicFeed.status).toBe(400);
    expect((await topicFeed.json()).errors["brief.assetKinds"]![0]).toMatch(/choose a product/);
    const unknownCampaign = await post("/api/v1/assets/generate", tokens.marketer, { brief: { ...brief().brief, campaignId: "cmp_missing" } }, { accept: "application/x-ndjson" });
    expect(unknownCampaign.status).toBe(404);
    expect(await assetCount()).toBe(before);
  });
});

describe("GET /api/v1/assets and one asset", () => {
  it("pages with a cursor: no row twice, none skipped, null cursor on the last page", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await get(`/api/v1/assets?limit=2&state=draft${cursor ? `&cursor=${cursor}` : ""}`, tokens.editor);
      expect(response.status).toBe(200);
      const page = (await response.json()) as { data: { id: string; state: string; kind: string }[]; next_cursor: string | null };
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((row) => row.id));
      cursor = page.next_cursor;
      pages++;
    } while (cursor !== null && pages < 10);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(marketerDraftIds));
    expect(seen).toHaveLength(await assetCount());
    expect(pages).toBe(Math.ceil(seen.length / 2));

    expect((await (await get("/api/v1/assets?kind=meta-ad", tokens.editor)).json()).data).toEqual([]);
    const bad = await get("/api/v1/assets?cursor=not-a-cursor", tokens.editor);
    expect(bad.status).toBe(400);
    expect((await bad.json()).detail).toMatch(/cursor/);
    // Well-formed JSON with fields Postgres would choke on (not a timestamp, a NUL byte): 400, not 500.
    for (const key of [
      { updatedAt: "yesterday", id: "ast_1" },
      { updatedAt: "2026-02-31 10:00:00+00", id: "ast_1" },
      { updatedAt: "2026-01-01 10:00:00+00", id: "ast_\u0000" },
    ]) {
      const tampered = await get(`/api/v1/assets?cursor=${encodeCursor(key)}`, tokens.editor);
      expect(tampered.status, JSON.stringify(key)).toBe(400);
    }
  });

  it("gets an asset, its versions and a diff; another workspace's token gets 404", async () => {
    const id = marketerDraftIds[0]!;
    const asset = await (await get(`/api/v1/assets/${id}`, tokens.manager)).json();
    expect(asset).toMatchObject({ id, kind: "google-rsa", state: "draft", currentVersion: 1, version: { number: 1, content: { kind: "google-rsa" }, validation: { valid: true } } });
    expect(await (await get(`/api/v1/assets/${id}/versions`, tokens.manager)).json()).toEqual({
      versions: [expect.objectContaining({ version: 1, isGenerated: true, isValid: true })],
    });
    expect(await (await get(`/api/v1/assets/${id}/diff?from=1&to=1`, tokens.manager)).json()).toEqual({ from: 1, to: 1, diffs: [] });
    expect((await get(`/api/v1/assets/${id}/diff?from=1&to=7`, tokens.manager)).status).toBe(404);

    const outsider = (await createTestPersonalToken({ workspaceId: fixture.otherWorkspace.id, userId: fixture.outsider.id, role: "admin" })).token;
    for (const path of [`/api/v1/assets/${id}`, `/api/v1/assets/${id}/versions`, `/api/v1/assets/${id}/comments`, `/api/v1/assets/${id}/export?format=json`]) {
      expect((await get(path, outsider)).status, path).toBe(404);
    }
  });

  it("exports in the asset page's formats with their content types; a format for another kind is a 400", async () => {
    const id = marketerDraftIds[0]!;
    const csv = await get(`/api/v1/assets/${id}/export?format=google-ads-csv`, tokens.editor);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="google-rsa-${id}-v1.csv"`);
    expect(csv.headers.get("ratelimit-remaining")).not.toBeNull();
    expect((await csv.text()).split("\n")[0]).toMatch(/Campaign/);

    const json = await get(`/api/v1/assets/${id}/export?format=json`, tokens.editor);
    expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(JSON.parse(await json.text())).toBeTypeOf("object");
    const citations = await get(`/api/v1/assets/${id}/export?format=citations-csv`, tokens.editor);
    expect(citations.headers.get("content-type")).toBe("text/csv; charset=utf-8");

    const wrongKind = await get(`/api/v1/assets/${id}/export?format=email-html`, tokens.editor);
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.headers.get("content-type")).toBe("application/problem+json");
    expect((await wrongKind.json()).detail).toMatch(/e-mails/);
    expect((await get(`/api/v1/assets/${id}/export?format=docx`, tokens.editor)).status).toBe(400);
  });
});

describe("review over the API", () => {
  it("submit by the author's token, approve by an editor's token, with comments on the way", async () => {
    const id = marketerDraftIds[1]!;
    const submitted = await post(`/api/v1/assets/${id}/submit`, tokens.marketer, {});
    expect(submitted.status).toBe(200);
    expect(await submitted.json()).toMatchObject({ state: "in_review", version: 1 });

    const comment = await post(`/api/v1/assets/${id}/comments`, tokens.editor, { body: "Headline 2 is strong.", fieldPath: "headlines[1].text" });
    expect(comment.status).toBe(201);
    const { commentId } = await comment.json();
    const listed = await (await get(`/api/v1/assets/${id}/comments`, tokens.manager)).json();
    expect(listed.comments).toEqual([expect.objectContaining({ id: commentId, body: "Headline 2 is strong.", fieldPath: "headlines[1].text", version: 1, resolvedAt: null })]);
    expect((await post(`/api/v1/assets/${id}/comments`, tokens.manager, { body: "hi" })).status).toBe(403);

    const noComment = await post(`/api/v1/assets/${id}/request-changes`, tokens.editor, {});
    expect(noComment.status).toBe(400);
    expect((await noComment.json()).errors.comment).toBeDefined();
    expect((await post(`/api/v1/assets/${id}/approve`, tokens.marketer, {})).status).toBe(403);

    const approved = await post(`/api/v1/assets/${id}/approve`, tokens.editor, { comment: "Good to go", expectedVersion: 1 });
    expect(approved.status).toBe(200);
    expect(await approved.json()).toMatchObject({ state: "approved", version: 1 });
    // The workflow's refusals keep the domain's code (as on the page): approving twice is forbidden now.
    const again = await post(`/api/v1/assets/${id}/approve`, tokens.editor, {});
    expect(again.status).toBe(403);
    expect((await again.json()).detail).toMatch(/approved; it cannot be approved now/);
  });

  it("refuses an editor approving their own asset (four eyes), whatever the token", async () => {
    const { assetId } = await createGeneratedDraft({ workspaceId: fixture.workspace.id, authorId: fixture.members.editor.id, productSourceId: fjellId });
    expect((await post(`/api/v1/assets/${assetId}/submit`, tokens.editor, {})).status).toBe(200);
    const own = await post(`/api/v1/assets/${assetId}/approve`, tokens.editor, {});
    expect(own.status).toBe(403);
    expect((await own.json()).detail).toMatch(/Four eyes/);
    const changes = await post(`/api/v1/assets/${assetId}/request-changes`, tokens.otherEditor, { comment: "Shorten headline 1." });
    expect(changes.status).toBe(200);
    expect(await changes.json()).toMatchObject({ state: "changes_requested" });
  });
});

describe("KPI and campaigns", () => {
  const url = "https://nordlicht.example/p/fjell?utm_source=google&utm_medium=cpc&utm_campaign=spring";
  beforeAll(async () => {
    await importTextForTest(
      fixture.workspace.id,
      googleAdsCsv([
        ["2027-03-02", "Spring", "Jackets", "1001", 1000, 50, 2, "20.00", "200.00", url],
        ["2027-03-03", "Brand", "Brand", "1002", 500, 10, 1, "5.00", "40.00", url],
      ]),
    );
  });

  it("summarises a date range with totals per currency and derived rates", async () => {
    const response = await get("/api/v1/kpi/summary?from=2027-03-01&to=2027-03-31", tokens.manager);
    expect(response.status).toBe(200);
    const summary = await response.json();
    expect(summary).toMatchObject({ range: { from: "2027-03-01", to: "2027-03-31" }, latestDataDate: "2027-03-03", adjusted: null });
    expect(summary.current.all.counts).toEqual({ impressions: 1500, clicks: 60, conversions: 3 });
    expect(summary.current.all.byCurrency).toEqual([
      expect.objectContaining({ currency: expect.any(String), costMinor: 2500, revenueMinor: 24000, ctr: 60 / 1500, roas: 24000 / 2500 }),
    ]);
    expect(summary.previous.range).toEqual({ from: "2027-01-29", to: "2027-02-28" });
    expect((await get("/api/v1/kpi/summary", tokens.editor)).status).toBe(403);
    expect((await get("/api/v1/kpi/summary?from=2027-13-01", tokens.manager)).status).toBe(400);
  });

  it("breaks the range down by channel, campaign and asset", async () => {
    const byCampaign = await (await get("/api/v1/kpi/breakdowns?by=campaign&from=2027-03-01&to=2027-03-31", tokens.manager)).json();
    expect(byCampaign.rows.map((row: { campaign: string }) => row.campaign)).toEqual(["Spring", "Brand"]);
    const byChannel = await (await get("/api/v1/kpi/breakdowns?by=channel&from=2027-03-01&to=2027-03-31", tokens.manager)).json();
    expect(byChannel.rows).toHaveLength(1);
    expect(byChannel.rows[0]).toMatchObject({ campaign: null, asset: null, totals: { impressions: 1500 } });
    expect((await get("/api/v1/kpi/breakdowns?by=week", tokens.manager)).status).toBe(400);
  });

  it("lists campaigns and shows one with KPIs only for a caller with kpi:read", async () => {
    const { createCampaign } = await import("@/lib/campaigns/campaigns");
    const campaign = await createCampaign(await getDb(), {
      workspaceId: fixture.workspace.id,
      userId: fixture.members.manager.id,
      name: "Spring",
      code: "spring",
      startsOn: "2027-03-01",
      endsOn: "2027-03-31",
      goal: "",
      landingPages: [],
      channels: ["google-rsa"],
      languages: [],
      budgetMinor: null,
      currency: "EUR",
      personaId: null,
      ownerId: null,
      offers: [],
    });
    await (await getDb()).update(assets).set({ campaignId: campaign.id }).where(eq(assets.id, marketerDraftIds[2]!));
    const list = await (await get("/api/v1/campaigns", tokens.editor)).json();
    expect(list).toEqual({ data: [expect.objectContaining({ id: campaign.id, code: "spring", assetCount: 1 })], next_cursor: null });

    const asManager = await (await get(`/api/v1/campaigns/${campaign.id}`, tokens.manager)).json();
    expect(asManager.assets.rows.map((row: { id: string }) => row.id)).toEqual([marketerDraftIds[2]]);
    expect(asManager.kpis).toMatchObject({ totals: { counts: expect.any(Object) } });
    const asEditor = await (await get(`/api/v1/campaigns/${campaign.id}`, tokens.editor)).json();
    expect(asEditor.kpis).toBeNull();
    // A manager's token narrowed to campaign:read gets no money figures, whatever the role allows.
    const narrowed = (await createTestPersonalToken({ workspaceId: fixture.workspace.id, userId: fixture.members.manager.id, role: "manager", scopes: ["campaign:read"], name: "narrow" })).token;
    const asNarrowed = await (await get(`/api/v1/campaigns/${campaign.id}`, narrowed)).json();
    expect(asNarrowed).toMatchObject({ kpis: null, assets: null });
    expect((await get(`/api/v1/assets?campaign=${campaign.id}`, tokens.editor).then((r) => r.json())).data.map((row: { id: string }) => row.id)).toEqual([marketerDraftIds[2]]);
  });
});
