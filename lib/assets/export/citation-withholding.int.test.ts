import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { knowledgeChunks, knowledgeSources } from "@/lib/db/schema";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { addTextSource, runIngestion } from "@/lib/testing/knowledge-fixtures";
import { loadCitationSources } from "./citation-sources";
import { fieldCitations } from "./field-citations";
import type { Asset } from "@/lib/assets/schemas/asset";

describe("citations an export may not quote", () => {
  it("withholds chunks of sources now internal or guides, chunks with personal data and chunks the firewall holds back", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const add = async (name: string, kind: "published_page" | "brand_voice" = "published_page") =>
      (await addTextSource(workspace.id, `# ${name}\n\nThe ${name} passage says the Fjell jacket keeps out rain for ${name.length} hours.`, { title: name, kind, fileName: `${name}.md` })).sourceId;
    const sources = {
      fact: await add("fact"),
      quarantined: await add("quarantined"),
      nowInternal: await add("nowinternal"),
      guide: await add("guide", "brand_voice"),
      personal: await add("personal"),
      flagged: await add("flagged"),
    };
    await runIngestion(workspace.id);
    const chunkOf = async (sourceId: string) => (await db.select({ id: knowledgeChunks.id }).from(knowledgeChunks).where(eq(knowledgeChunks.sourceId, sourceId)))[0]!.id;
    const chunks = Object.fromEntries(await Promise.all(Object.entries(sources).map(async ([key, id]) => [key, await chunkOf(id)] as const))) as Record<keyof typeof sources, string>;

    // The asset was written while these were usable; since then a role changed, personal data was found, the firewall held one back.
    await db.update(knowledgeSources).set({ kind: "internal_note" }).where(eq(knowledgeSources.id, sources.nowInternal));
    await db.update(knowledgeChunks).set({ holdsPersonalData: true }).where(eq(knowledgeChunks.id, chunks.personal));
    await db.update(knowledgeChunks).set({ firewallStatus: "flagged" }).where(eq(knowledgeChunks.id, chunks.flagged));
    await db.update(knowledgeChunks).set({ firewallStatus: "quarantined" }).where(eq(knowledgeChunks.id, chunks.quarantined));

    const loaded = await loadCitationSources(db, { workspaceId: workspace.id, chunkIds: Object.values(chunks) });
    expect([...loaded.keys()].sort()).toEqual([chunks.fact, chunks.quarantined].sort());
    expect(loaded.get(chunks.fact)).toMatchObject({ title: "fact", role: "published_page", quote: expect.stringContaining("The fact passage") });

    // Listed as withheld, never quoted, in what the export writes.
    const asset = { headlines: [{ text: "Keeps out rain", citations: Object.values(chunks) }] } as unknown as Asset;
    const [field] = fieldCitations(asset, loaded);
    expect(field!.sources.map((source) => source.chunkId).sort()).toEqual([chunks.fact, chunks.quarantined].sort());
    expect(field!.withheld.sort()).toEqual([chunks.nowInternal, chunks.guide, chunks.personal, chunks.flagged].sort());
  });
});
