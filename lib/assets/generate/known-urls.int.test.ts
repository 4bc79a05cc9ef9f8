import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { knowledgeSources } from "@/lib/db/schema";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { addTextSource, runIngestion } from "@/lib/testing/knowledge-fixtures";
import { importFeed } from "@/lib/knowledge/feeds/import-feed";
import { retireSource } from "@/lib/knowledge/sources/manage-sources";
import { loadBrandContext } from "./brand-context";

const FEED = [
  "id,name,price,currency,url",
  "P-1,Fjell Jacket,199.00,EUR,https://shop.example/p/fjell",
  "P-2,Broken Row,not-a-price,EUR,https://shop.example/p/broken",
].join("\n");

describe("known URLs for internal links and breadcrumbs", () => {
  it("are only live pages and accepted feed products: not retired, failed, guides or internal notes", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await db.transaction((tx) =>
      importFeed(tx, { workspaceId: workspace.id, actorId: "usr_test", feedName: "Shop", text: FEED, mapping: { id: "id", name: "name", price: "price", currency: "currency", url: "url" }, classification: "public", language: "en" }),
    );
    await addTextSource(workspace.id, "# Jackets\n\nAll our jackets.", { title: "Jackets", kind: "published_page", classification: "public", canonicalUrl: "https://shop.example/c/jackets" });
    const retired = await addTextSource(workspace.id, "# Old\n\nAn old page.", { title: "Old page", kind: "published_page", classification: "public", canonicalUrl: "https://shop.example/old" });
    const failed = await addTextSource(workspace.id, "# Broken\n\nA page whose ingestion failed.", { title: "Failed page", kind: "published_page", classification: "public", canonicalUrl: "https://shop.example/failed" });
    await addTextSource(workspace.id, "# Notes\n\nInternal.", { title: "Notes", kind: "internal_note", canonicalUrl: "https://wiki.example/notes" });
    await addTextSource(workspace.id, "# Guide\n\nWrite calmly.", { title: "Guide", kind: "brand_voice", canonicalUrl: "https://shop.example/guide" });
    await runIngestion(workspace.id);
    await db.transaction((tx) => retireSource(tx, { workspaceId: workspace.id, sourceId: retired.sourceId }));
    await db.update(knowledgeSources).set({ status: "failed" }).where(eq(knowledgeSources.id, failed.sourceId));

    const brand = await loadBrandContext(db, workspace.id);
    expect(brand.knownUrls.map((known) => known.url).sort()).toEqual(["https://shop.example/c/jackets", "https://shop.example/p/fjell"]);
  });
});
