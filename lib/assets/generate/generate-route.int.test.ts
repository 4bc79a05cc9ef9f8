import { describe, expect, it, vi } from "vitest";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { getDb } from "@/lib/db/client";
import { assets, memberships, modelCalls } from "@/lib/db/schema";
import { and, eq } from "drizzle-orm";
import { setUpBrand } from "@/lib/testing/asset-fixtures";
import { POST } from "@/app/api/assets/generate/route";
import { knowledgeSources } from "@/lib/db/schema";
import { DEMO_CONTENT, seedBrandContent } from "@/lib/seed/demo-content";
import { runIngestion } from "@/lib/testing/knowledge-fixtures";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

describe("POST route handlers", () => {
  it("accept only a JSON body of bounded size, after authorization", async () => {
    const workspace = await createTestWorkspace();
    const user = await createTestUser();
    await (await getDb()).insert(memberships).values({ workspaceId: workspace.id, userId: user.id, role: "marketer" });
    signInAs(user.id);
    const body = JSON.stringify({ workspaceId: workspace.id, brief: { productSourceId: null, topic: "x", assetKinds: [], language: "de" } });
    const asForm = await POST(new Request("http://localhost/api/assets/generate", { method: "POST", body, headers: { "content-type": "text/plain" } }));
    expect(asForm.status).toBe(400);
    expect((await asForm.json()).error.message).toMatch(/application\/json/);
    const tooBig = await POST(new Request("http://localhost/api/assets/generate", { method: "POST", body: JSON.stringify({ pad: "x".repeat(70_000) }), headers: { "content-type": "application/json" } }));
    // Refused before parsing, with its own status (bounded request bodies, acdae14).
    expect(tooBig.status).toBe(413);
    const invalid = await POST(new Request("http://localhost/api/assets/generate", { method: "POST", body, headers: { "content-type": "application/json" } }));
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).fieldErrors.brief).toBeDefined();
  });

  it("streams partial objects, then each saved draft, and a retried request id makes no second draft", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const user = await createTestUser();
    await db.insert(memberships).values({ workspaceId: workspace.id, userId: user.id, role: "marketer" });
    const { fjellId } = await setUpBrand(workspace.id);
    signInAs(user.id);
    const requestId = "6f1c2f55-7d1a-4c39-9d3c-2b8f3f0a1e11";
    const send = async () => {
      const response = await POST(
        new Request("http://localhost/api/assets/generate", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ workspaceId: workspace.id, requestId, brief: { productSourceId: fjellId, assetKinds: ["google-rsa", "meta-ad"], language: "en" } }),
        }),
      );
      expect(response.headers.get("content-type")).toContain("application/x-ndjson");
      return (await response.text()).trim().split("\n").map((line) => JSON.parse(line) as { type: string; kind?: string; assetId?: string; validation?: { valid: boolean } });
    };
    const embedCalls = async () => (await db.select({ id: modelCalls.id }).from(modelCalls).where(and(eq(modelCalls.workspaceId, workspace.id), eq(modelCalls.task, "embed")))).length;
    const embedsBefore = await embedCalls();
    const events = await send();
    // Two asset kinds, one retrieval (product + brand queries: two query embeddings), not one per kind.
    expect((await embedCalls()) - embedsBefore).toBe(2);
    expect(events[0]).toEqual({ type: "start", kind: "google-rsa" });
    expect(events.some((e) => e.type === "partial" && e.kind === "google-rsa")).toBe(true);
    const results = events.filter((e) => e.type === "result");
    expect(results.map((e) => e.kind)).toEqual(["google-rsa", "meta-ad"]);
    expect(results.every((e) => e.validation?.valid)).toBe(true);
    expect(events.at(-1)).toEqual({ type: "done" });

    const callsBefore = await db.select({ id: modelCalls.id }).from(modelCalls).where(and(eq(modelCalls.workspaceId, workspace.id), eq(modelCalls.task, "ad-variants")));
    const againEvents = await send();
    const again = againEvents.filter((e) => e.type === "result");
    expect(again.map((e) => e.assetId)).toEqual(results.map((e) => e.assetId));
    expect(again.map((e) => (e as { content?: unknown }).content)).toEqual(results.map((e) => (e as { content?: unknown }).content));
    // Replayed from the saved drafts: no second model call.
    const callsAfter = await db.select({ id: modelCalls.id }).from(modelCalls).where(and(eq(modelCalls.workspaceId, workspace.id), eq(modelCalls.task, "ad-variants")));
    expect(callsAfter).toHaveLength(callsBefore.length);
    expect(await db.select({ id: assets.id }).from(assets).where(eq(assets.workspaceId, workspace.id))).toHaveLength(2);
  });
});

describe("product feed copy needs a product", () => {
  it("refuses a topic brief that asks for product feed copy, saying why, before any generation", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const user = await createTestUser();
    await db.insert(memberships).values({ workspaceId: workspace.id, userId: user.id, role: "marketer" });
    await setUpBrand(workspace.id);
    signInAs(user.id);
    const response = await POST(
      new Request("http://localhost/api/assets/generate", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ workspaceId: workspace.id, brief: { productSourceId: null, topic: "Rain jackets", assetKinds: ["meta-ad", "merchant-feed"], language: "en" } }),
      }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { fieldErrors: { brief?: string[] } };
    expect(body.fieldErrors.brief).toEqual(["Product feed copy is written for one product of the feed and keyed by its product id: choose a product, or untick Product feed copy for a brief about a topic."]);
    expect(await db.select({ id: assets.id }).from(assets).where(eq(assets.workspaceId, workspace.id))).toHaveLength(0);
  });

  it("refuses it below the route too (batches, campaigns), as invalid input", async () => {
    const { generateAsset } = await import("@/lib/assets/generate/generate-asset");
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const user = await createTestUser();
    await setUpBrand(workspace.id);
    const brief = { productSourceId: null, topic: "Rain jackets", audience: "", goal: "", assetKinds: ["merchant-feed" as const], language: "en" as const, tone: "", keywords: [] };
    await expect(generateAsset(db, { workspaceId: workspace.id, userId: user.id, role: "marketer", kind: "merchant-feed", brief })).rejects.toMatchObject({ code: "invalid_input", message: expect.stringMatching(/choose a product/) });
  });

  it("generates it for a product, keyed by the product's feed id", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const user = await createTestUser();
    await db.insert(memberships).values({ workspaceId: workspace.id, userId: user.id, role: "marketer" });
    const { sarekId } = await setUpBrand(workspace.id);
    signInAs(user.id);
    const response = await POST(
      new Request("http://localhost/api/assets/generate", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ workspaceId: workspace.id, brief: { productSourceId: sarekId, assetKinds: ["merchant-feed"], language: "en" } }),
      }),
    );
    const events = (await response.text()).trim().split("\n").map((line) => JSON.parse(line) as { type: string; content?: { productId?: string; title?: { text: string } }; validation?: { valid: boolean } });
    const result = events.find((event) => event.type === "result");
    expect(result?.validation?.valid).toBe(true);
    expect(result?.content).toMatchObject({ productId: "P-2", title: { text: "Sarek Boot" } });
  });
});

describe("another variant through the generate route", () => {
  async function setUpMarketer() {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const user = await createTestUser();
    await db.insert(memberships).values({ workspaceId: workspace.id, userId: user.id, role: "marketer" });
    const { fjellId } = await setUpBrand(workspace.id);
    signInAs(user.id);
    return { db, workspace, fjellId };
  }
  type ResultEvent = { type: string; assetId?: string; content?: unknown; validation?: { valid: boolean } };
  async function generate(body: Record<string, unknown>) {
    const response = await POST(new Request("http://localhost/api/assets/generate", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));
    return response;
  }
  async function resultOf(response: Response): Promise<ResultEvent> {
    const events = (await response.text()).trim().split("\n").map((line) => JSON.parse(line) as ResultEvent);
    const result = events.find((e) => e.type === "result");
    if (!result) throw new Error(`No result event in ${JSON.stringify(events)}`);
    return result;
  }

  it("variant 1 of the same brief is a different, valid draft of its own, not collapsed into the first", async () => {
    const { db, workspace, fjellId } = await setUpMarketer();
    const brief = { productSourceId: fjellId, assetKinds: ["meta-ad"], language: "en", keywords: ["hardshell"] };
    const first = await resultOf(await generate({ workspaceId: workspace.id, brief }));
    const second = await resultOf(await generate({ workspaceId: workspace.id, brief, variant: 1 }));
    expect(first.validation?.valid).toBe(true);
    expect(second.validation?.valid).toBe(true);
    expect(second.content).not.toEqual(first.content);
    // The identical-re-run collapse compares content: a different wording is a different draft.
    expect(second.assetId).not.toBe(first.assetId);
    expect(await db.select({ id: assets.id }).from(assets).where(eq(assets.workspaceId, workspace.id))).toHaveLength(2);
    // Asking for variant 1 again is the same wording, so it opens that draft instead of copying it.
    const again = await resultOf(await generate({ workspaceId: workspace.id, brief, variant: 1 }));
    expect(again.assetId).toBe(second.assetId);
  });

  it("a Google RSA variant of a product brief without keywords is a different wording (headlines come from the product's facts)", async () => {
    // Regression: the RSA's headlines and descriptions are built from the feed's facts, not from
    // ranked sentences only, so a variant used to come out identical and was collapsed into the first.
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const user = await createTestUser();
    await db.insert(memberships).values({ workspaceId: workspace.id, userId: user.id, role: "marketer" });
    await seedBrandContent(db, { workspaceId: workspace.id, seed: DEMO_CONTENT.nordlicht });
    await runIngestion(workspace.id);
    signInAs(user.id);
    const [product] = await db
      .select({ id: knowledgeSources.id })
      .from(knowledgeSources)
      .where(and(eq(knowledgeSources.workspaceId, workspace.id), eq(knowledgeSources.title, "Fjell Hardshell-Jacke Damen")));
    const brief = { productSourceId: product!.id, assetKinds: ["google-rsa"], language: "de" };
    const first = await resultOf(await generate({ workspaceId: workspace.id, brief }));
    const results = [first];
    for (const variant of [1, 2, 3]) results.push(await resultOf(await generate({ workspaceId: workspace.id, brief, variant })));
    expect(new Set(results.map((r) => r.assetId)).size).toBe(4);
    for (const result of results) expect(result.validation?.valid).toBe(true);
    // Not only reordered: each variant leads with other headlines than the first.
    const headlines = results.map((r) => (r.content as { headlines: { text: string }[] }).headlines.map((h) => h.text));
    for (const other of headlines.slice(1)) expect(other.slice(1, 4)).not.toEqual(headlines[0]!.slice(1, 4));
  }, 60_000);

  it("refuses a variant for more than one channel, or beyond the last one, saying which", async () => {
    const { workspace, fjellId } = await setUpMarketer();
    const twoKinds = await generate({ workspaceId: workspace.id, brief: { productSourceId: fjellId, assetKinds: ["meta-ad", "google-rsa"], language: "en" }, variant: 1 });
    expect(twoKinds.status).toBe(400);
    expect(JSON.stringify(await twoKinds.json())).toMatch(/one channel at a time/);
    const tooFar = await generate({ workspaceId: workspace.id, brief: { productSourceId: fjellId, assetKinds: ["meta-ad"], language: "en" }, variant: 4 });
    expect(tooFar.status).toBe(400);
    expect(JSON.stringify(await tooFar.json())).toMatch(/A variant is 1 to 3/);
  });
});
