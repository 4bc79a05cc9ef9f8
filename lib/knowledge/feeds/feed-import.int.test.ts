import { describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { knowledgeChunks, knowledgeSources } from "@/lib/db/schema";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { runIngestion } from "@/lib/testing/knowledge-fixtures";
import { retrieve } from "../retrieve/retrieve";
import { importFeed, previewFeed } from "./import-feed";

const MAPPING = { id: "id", name: "name", description: "description", category: "category", price: "price", currency: "currency", url: "url" };
const HEADER = "id,name,description,category,price,currency,url";
const FEED_V1 = [
  HEADER,
  'P-1,Fjell Jacket,"A light, waterproof shell.",Jackets,199.00,EUR,https://nordlicht.example/fjell',
  "P-2,Sarek Boot,Leather hiking boot with Vibram sole,Boots,not-a-price,EUR,https://nordlicht.example/sarek",
  "P-3,Polar Parka,Down parka rated to minus thirty,Jackets,349.00,EUR,https://nordlicht.example/polar",
  ",Nameless,Missing id,Misc,10,EUR,",
].join("\n");

async function importAs(workspaceId: string, text: string) {
  const db = await getDb();
  return db.transaction((tx) =>
    importFeed(tx, { workspaceId, actorId: "usr_test", feedName: "Shop", text, mapping: MAPPING, classification: "public", language: "en" }),
  );
}

async function activeProducts(workspaceId: string) {
  const db = await getDb();
  return db
    .select({ externalId: knowledgeSources.externalId, status: knowledgeSources.status, version: knowledgeSources.currentVersion })
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.workspaceId, workspaceId), isNull(knowledgeSources.retiredAt)))
    .orderBy(knowledgeSources.externalId);
}

describe("product feed import", () => {
  it("previews the mapping and reports bad rows with their line numbers, writing nothing", async () => {
    const preview = previewFeed({ text: FEED_V1 });
    expect(preview.headers).toEqual(HEADER.split(","));
    expect(preview.mapping).toMatchObject({ id: "id", name: "name", price: "price" });
    expect(preview.validCount).toBe(2);
    expect(preview.errors.map((e) => e.line)).toEqual([3, 5]);
    expect(preview.errors[0]!.message).toMatch(/price/i);
  });

  it("imports valid rows as product documents, skipping and reporting the rest", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const result = await importAs(workspace.id, FEED_V1);
    expect(result).toMatchObject({ created: 2, updated: 0, unchanged: 0, retired: 0, skippedCount: 2 });
    expect(result.skippedRows.map((e) => e.line)).toEqual([3, 5]);
    await runIngestion(workspace.id);
    expect(await activeProducts(workspace.id)).toEqual([
      { externalId: "P-1", status: "ready", version: 1 },
      { externalId: "P-3", status: "ready", version: 1 },
    ]);
    const [top] = await retrieve(db, { workspaceId: workspace.id, query: "down parka for extreme cold", viewer: { role: "marketer" }, purpose: "generation" });
    expect(top).toMatchObject({ sourceTitle: "Polar Parka", url: "https://nordlicht.example/polar", category: "Jackets", kind: "product" });
    expect(top!.text).toMatch(/349/);
  });

  it("re-import upserts by product id, retires products that disappeared, skips unchanged ones", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await importAs(workspace.id, FEED_V1);
    await runIngestion(workspace.id);
    const feedV2 = [
      HEADER,
      'P-1,Fjell Jacket,"A light, waterproof shell.",Jackets,199.00,EUR,https://nordlicht.example/fjell',
      "P-4,Kiruna Gloves,Merino gloves,Accessories,39.00,EUR,https://nordlicht.example/kiruna",
      "P-3,Polar Parka,Down parka rated to minus forty,Jackets,379.00,EUR,https://nordlicht.example/polar",
    ].join("\n");
    const result = await importAs(workspace.id, feedV2);
    expect(result).toMatchObject({ created: 1, updated: 1, unchanged: 1, retired: 0, skippedCount: 0 });
    await runIngestion(workspace.id);
    expect(await activeProducts(workspace.id)).toEqual([
      { externalId: "P-1", status: "ready", version: 1 },
      { externalId: "P-3", status: "ready", version: 2 },
      { externalId: "P-4", status: "ready", version: 1 },
    ]);

    const feedV3 = [HEADER, "P-4,Kiruna Gloves,Merino gloves,Accessories,39.00,EUR,https://nordlicht.example/kiruna"].join("\n");
    expect(await importAs(workspace.id, feedV3)).toMatchObject({ retired: 2, unchanged: 1 });
    const liveChunks = await db
      .select({ sourceId: knowledgeChunks.sourceId })
      .from(knowledgeChunks)
      .where(and(eq(knowledgeChunks.workspaceId, workspace.id), isNull(knowledgeChunks.retiredAt)));
    const [gloves] = await db.select().from(knowledgeSources).where(and(eq(knowledgeSources.workspaceId, workspace.id), eq(knowledgeSources.externalId, "P-4")));
    expect(new Set(liveChunks.map((c) => c.sourceId))).toEqual(new Set([gloves!.id]));
  });

  it("refuses a feed without a single valid row, whole", async () => {
    const workspace = await createTestWorkspace();
    await expect(importAs(workspace.id, [HEADER, ",,,,,,"].join("\n"))).rejects.toMatchObject({
      code: "invalid_input",
      message: expect.stringContaining("No valid products"),
    });
    expect(await activeProducts(workspace.id)).toEqual([]);
  });

  it("refuses an unreadable file before storing anything, naming the feed and what is wrong", async () => {
    const workspace = await createTestWorkspace();
    const refusals: [string, RegExp][] = [
      ["   \n", /^"Shop" is empty/],
      ["MZ\u0000\u0003\u0000binary", /^"Shop" is not a CSV or TSV text file/],
      ["P-1,Fjell,199\nP-2,Nord,249", /^"Shop" has no header row/],
      ["id|name|price\nP-1|Fjell|199", /^"Shop" separates its columns with "\|"/],
      ["sku,title,price\nP-1,Fjell,199", /^"Shop" has no product id \("id"\) and name \("name"\) column\. Columns found: "sku", "title", "price"\./],
    ];
    for (const [text, message] of refusals) {
      await expect(importAs(workspace.id, text)).rejects.toMatchObject({ code: "invalid_input", message: expect.stringMatching(message) });
    }
    expect(() => previewFeed({ text: "", fileName: "shop.csv" })).toThrow(/^"shop\.csv" is empty/);
    expect(await activeProducts(workspace.id)).toEqual([]);
  });
});

describe("product feed changes", () => {
  it("re-indexes a product whose only change is its price", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await importAs(workspace.id, FEED_V1);
    await runIngestion(workspace.id);
    const repriced = FEED_V1.replace("349.00", "299.00");
    expect(await importAs(workspace.id, repriced)).toMatchObject({ updated: 1, unchanged: 1 });
    await runIngestion(workspace.id);
    const [top] = await retrieve(db, { workspaceId: workspace.id, query: "Polar Parka price", viewer: { role: "marketer" }, purpose: "generation" });
    expect(top?.text).toMatch(/299/);
    expect(top?.text).not.toMatch(/349/);
  });

  it("makes a product searchable again when it returns to the feed unchanged", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await importAs(workspace.id, FEED_V1);
    await runIngestion(workspace.id);
    const withoutParka = FEED_V1.split("\n").filter((line) => !line.startsWith("P-3")).join("\n");
    expect(await importAs(workspace.id, withoutParka)).toMatchObject({ retired: 1 });
    await runIngestion(workspace.id);
    expect(await importAs(workspace.id, FEED_V1)).toMatchObject({ updated: 1 });
    await runIngestion(workspace.id);
    const [top] = await retrieve(db, { workspaceId: workspace.id, query: "down parka minus thirty", viewer: { role: "marketer" }, purpose: "generation" });
    expect(top?.sourceTitle).toBe("Polar Parka");
  });
});
