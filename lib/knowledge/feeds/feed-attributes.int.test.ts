import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { knowledgeChunks, knowledgeSources } from "@/lib/db/schema";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { runIngestion } from "@/lib/testing/knowledge-fixtures";
import type { ColumnMapping } from "@/lib/rag/product-feed/types";
import { getSavedFeedMapping, importFeed, previewFeed } from "./import-feed";

const FEED = [
  "id,name,price,currency,weight,waterproof_rating,languages,colour",
  "P-1,Fjell Jacket,199.00,EUR,1.2 kg,10000 mm,de|en,Fjord blue",
  "P-2,Rygg Pack,89.00,EUR,900 g,5000 mm,de,Slate grey",
  "P-3,Broken Row,not-a-price,EUR,1 kg,1 mm,de,Red",
].join("\n");
const BASE: ColumnMapping = { id: "id", name: "name", price: "price", currency: "currency" };

describe("feed attributes", () => {
  it("offers every unmapped column in the preview, with its guessed type once mapped", () => {
    const first = previewFeed({ text: FEED, mapping: BASE });
    expect(first.unmappedColumns).toEqual(["weight", "waterproof_rating", "languages", "colour"]);
    const mapped = previewFeed({ text: FEED, mapping: { ...BASE, attributes: ["weight", "waterproof_rating", "languages", "colour"] } });
    expect(mapped.unmappedColumns).toEqual([]);
    expect(mapped.mapping.attributeTypes).toEqual({ weight: "number", waterproof_rating: "number", languages: "list", colour: "text" });
    expect(mapped.products[0]!.typedAttributes!.Weight).toEqual({ type: "number", label: "Weight", value: 1.2, unit: "kg" });
  });

  it("stores typed attributes on the product, states them in its text, keeps the choices for the next import, and never imports a rejected row", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const mapping: ColumnMapping = { ...BASE, attributes: ["weight", "waterproof_rating", "languages", "colour"], attributeTypes: { colour: "text", languages: "list" } };
    const result = await db.transaction((tx) => importFeed(tx, { workspaceId: workspace.id, actorId: "usr_test", feedName: "Shop", text: FEED, mapping, classification: "public", language: "en" }));
    expect(result).toMatchObject({ created: 2, skippedCount: 1 });
    await runIngestion(workspace.id);

    const products = await db.select().from(knowledgeSources).where(eq(knowledgeSources.workspaceId, workspace.id)).orderBy(knowledgeSources.externalId);
    expect(products.map((p) => p.externalId)).toEqual(["P-1", "P-2"]);
    expect(products[0]!.attributes).toEqual({
      Weight: { type: "number", label: "Weight", value: 1.2, unit: "kg" },
      "Waterproof rating": { type: "number", label: "Waterproof rating", value: 10000, unit: "mm" },
      Languages: { type: "list", label: "Languages", value: ["de", "en"] },
      Colour: { type: "text", label: "Colour", value: "Fjord blue" },
    });
    const [chunk] = await db.select({ text: knowledgeChunks.text }).from(knowledgeChunks).where(and(eq(knowledgeChunks.workspaceId, workspace.id), eq(knowledgeChunks.sourceId, products[0]!.id)));
    expect(chunk!.text).toContain("Weight: 1.2 kg");
    expect(chunk!.text).toContain("Waterproof rating: 10000 mm");
    expect(chunk!.text).toContain("Languages: de, en");

    const saved = await getSavedFeedMapping(db, { workspaceId: workspace.id, feedName: "Shop" });
    expect(saved).toMatchObject({ attributes: mapping.attributes, attributeTypes: { weight: "number", waterproof_rating: "number", languages: "list", colour: "text" } });
    const again = previewFeed({ text: FEED, savedMapping: saved });
    expect(again).toMatchObject({ isSavedMapping: true, mapping: { attributes: mapping.attributes } });
    // A file without the saved id and name columns gets a fresh suggestion instead.
    expect(previewFeed({ text: "sku,title\nA,Alpha", savedMapping: saved }).isSavedMapping).toBe(false);
  });
});
