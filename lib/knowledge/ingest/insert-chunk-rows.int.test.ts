import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { knowledgeChunks } from "@/lib/db/schema";
import { createId } from "@/lib/ids";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { createSourceVersion } from "@/lib/knowledge/sources/create-source-version";
import { insertChunkRows, type ChunkRow } from "./insert-chunk-rows";

/**
 * The one-parameter insert must store exactly what drizzle's per-column insert stored: text with
 * quotes, backslashes and newlines, section paths with commas and braces, firewall flags as JSON,
 * nulls, term vectors, and the embedding to the last digit (it travels as text).
 */
describe("insertChunkRows", () => {
  it("stores every column as given and returns each row's key", async () => {
    const db = await getDb();
    const { id: workspaceId } = await createTestWorkspace();
    const embedding = [0.1234567, -1e-7, 0.333333333333, 0, -0.5];
    const rows = await db.transaction(async (tx) => {
      const created = await createSourceVersion(tx, {
        workspaceId, actorId: null, title: "Round trip", kind: "published_page", classification: "internal", language: "en",
        canonicalUrl: null, origin: "paste", format: "text", fileName: "round-trip.txt", bytes: new TextEncoder().encode("round trip"),
      });
      const base = {
        workspaceId, sourceId: created.sourceId, versionId: created.versionId!, version: 1, tokenCount: 7, language: "en",
        classification: "internal", kind: "published_page", embeddingModel: "test", embeddingDimensions: embedding.length,
      };
      const given: ChunkRow[] = [
        {
          ...base, id: createId("chunk"), ordinal: 0, sectionPath: ['He said "hi", then {left}', "back\\slash"],
          text: 'Line one\nLine "two" with \\ and ’curly’ quotes', url: "https://example.com/a?b=1", category: "Jackets",
          embedding, firewallStatus: "quarantined",
          firewallFlags: [{ rule: "override", excerpt: "ignore previous", score: 0.91, field: "text", quarantined: { start: 3, text: "Ignore previous." } }],
          holdsPersonalData: true, termIds: [3, 9, 12], termFrequencies: [1, 2, 5], indexedLength: 8,
        },
        {
          ...base, id: createId("chunk"), ordinal: 1, sectionPath: [], text: "plain", url: null, category: null,
          embedding: embedding.map((v) => 0.5 - v), firewallStatus: "clean", firewallFlags: [], holdsPersonalData: false,
          termIds: [], termFrequencies: [], indexedLength: 0,
        },
      ];
      const keys = await insertChunkRows(tx, given);
      return { given, keys };
    });

    expect(new Set(rows.keys.keys())).toEqual(new Set(rows.given.map((r) => r.id)));
    for (const row of rows.given) {
      const [stored] = await db.select().from(knowledgeChunks).where(eq(knowledgeChunks.id, row.id));
      expect(stored!.key).toBe(rows.keys.get(row.id));
      expect(stored).toMatchObject({
        workspaceId, sourceId: row.sourceId, versionId: row.versionId, ordinal: row.ordinal, sectionPath: row.sectionPath, text: row.text,
        url: row.url, category: row.category, firewallStatus: row.firewallStatus, firewallFlags: row.firewallFlags,
        holdsPersonalData: row.holdsPersonalData, termIds: row.termIds, termFrequencies: row.termFrequencies, indexedLength: row.indexedLength,
        embeddingModel: "test", embeddingDimensions: embedding.length, language: "en", classification: "internal", kind: "published_page",
      });
      // pgvector stores float4 and prints the shortest text that reads back as the same float4.
      expect(stored!.embedding.map((v) => Math.fround(v))).toEqual(row.embedding.map((v) => Math.fround(v)));
    }
  });
});
