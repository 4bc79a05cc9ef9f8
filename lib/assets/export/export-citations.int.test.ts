import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { createGeneratedDraft, setUpBrand } from "@/lib/testing/asset-fixtures";
import { exportAsset } from "./export-asset";
import { CITATIONS_CSV_COLUMNS } from "./field-citations";
import { quotePassage } from "./citation-sources";

type ExportedCitations = { citations: { field: string; text: string; sources: Record<string, unknown>[]; withheld: string[] }[] };

describe("citations in exports", () => {
  it("name the source (title, file or URL, product id, version) and quote the passage, in the JSON and a citations CSV", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const author = await createTestUser();
    const { fjellId } = await setUpBrand(workspace.id);
    const { assetId } = await createGeneratedDraft({ workspaceId: workspace.id, authorId: author.id, productSourceId: fjellId });

    const json = JSON.parse((await exportAsset(db, { workspaceId: workspace.id, assetId, format: "json" })).body) as ExportedCitations;
    expect(json.citations.length).toBeGreaterThan(0);
    const headline = json.citations.find((c) => c.field.startsWith("headlines["))!;
    expect(headline.text).not.toBe("");
    const product = json.citations.flatMap((c) => c.sources).find((s) => s.productId === "P-1");
    expect(product).toMatchObject({
      title: "Fjell Jacket",
      url: "https://nordlicht.example/p/fjell",
      productId: "P-1",
      feedName: "Shop",
      version: 1,
      role: "product",
      chunkId: expect.stringMatching(/^chk_/),
      quote: expect.stringContaining("Product: Fjell Jacket"),
    });
    expect(json.citations.every((c) => c.withheld.length === 0)).toBe(true);

    const csv = (await exportAsset(db, { workspaceId: workspace.id, assetId, format: "citations-csv" })).body;
    const [header, ...rows] = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(header).toBe(CITATIONS_CSV_COLUMNS.join(","));
    expect(rows.some((row) => row.includes("Fjell Jacket") && row.includes("P-1") && row.includes("https://nordlicht.example/p/fjell"))).toBe(true);

    // The platform file keeps exactly its platform's columns.
    const ads = (await exportAsset(db, { workspaceId: workspace.id, assetId, format: "google-ads-csv" })).body;
    expect(ads).not.toContain("chk_");
  });

  it("trims long passages at a word boundary", () => {
    const quote = quotePassage(`${"word ".repeat(100)}end`, 40);
    expect(quote.length).toBeLessThanOrEqual(40);
    expect(quote.endsWith("word…")).toBe(true);
    expect(quotePassage("  Two\n\nlines  ")).toBe("Two lines");
  });
});
