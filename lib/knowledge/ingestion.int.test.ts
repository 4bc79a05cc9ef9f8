import { describe, expect, it } from "vitest";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { jobs, knowledgeChunks, knowledgePostingBlocks, knowledgeSources, knowledgeSourceVersions, knowledgeTerms } from "@/lib/db/schema";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { addTextSource, runIngestion } from "@/lib/testing/knowledge-fixtures";
import { retrieve } from "./retrieve/retrieve";

const BRAND_GUIDE = `# Nordlicht brand voice

## Tone
We speak like a trail companion: calm, precise and warm. We never shout and we never use exclamation marks in headlines.

## Claims
Every jacket is tested for 500 hours in the Sarek national park before it ships.

## Words we avoid
Cheap, bargain and unbeatable.`;

async function chunksOf(sourceId: string, options: { activeOnly?: boolean } = {}) {
  const db = await getDb();
  return db
    .select()
    .from(knowledgeChunks)
    .where(and(eq(knowledgeChunks.sourceId, sourceId), options.activeOnly ? isNull(knowledgeChunks.retiredAt) : undefined))
    .orderBy(knowledgeChunks.version, knowledgeChunks.ordinal);
}

describe("ingestion pipeline", () => {
  it("parses, chunks by heading, embeds and indexes a Markdown guide, with progress", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const { sourceId, jobId } = await addTextSource(workspace.id, BRAND_GUIDE, { title: "Brand voice" });
    const [queued] = await db.select().from(knowledgeSources).where(eq(knowledgeSources.id, sourceId));
    expect(queued?.status).toBe("queued");

    expect(await runIngestion(workspace.id)).toBeGreaterThanOrEqual(1);

    const [source] = await db.select().from(knowledgeSources).where(eq(knowledgeSources.id, sourceId));
    expect(source).toMatchObject({ status: "ready", currentVersion: 1, language: "en", isLanguageDetected: true });
    const chunks = await chunksOf(sourceId);
    expect(chunks.map((c) => c.sectionPath.at(-1))).toEqual(["Tone", "Claims", "Words we avoid"]);
    expect(chunks[1]!.sectionPath).toEqual(["Nordlicht brand voice", "Claims"]);
    expect(chunks.every((c) => c.embeddingDimensions === c.embedding.length && c.embeddingModel.length > 0)).toBe(true);
    const [job] = await db.select().from(jobs).where(eq(jobs.id, jobId!));
    expect(job).toMatchObject({ status: "succeeded", progressDone: chunks.length, progressTotal: chunks.length });
    // The lexical index: every chunk has a term vector, "jacket" is in one chunk once, and its
    // posting block points at that chunk's key.
    const [jacket] = await db.select().from(knowledgeTerms).where(and(eq(knowledgeTerms.workspaceId, workspace.id), eq(knowledgeTerms.term, "jacket")));
    expect(jacket).toMatchObject({ documentFrequency: 1 });
    expect(chunks.every((c) => (c.termIds?.length ?? 0) > 0 && c.termIds!.length === c.termFrequencies!.length)).toBe(true);
    const holder = chunks.find((c) => c.termIds!.includes(jacket!.id))!;
    expect(holder.termFrequencies![holder.termIds!.indexOf(jacket!.id)]).toBe(1);
    const blocks = await db.select().from(knowledgePostingBlocks).where(eq(knowledgePostingBlocks.termId, jacket!.id));
    expect(blocks.flatMap((b) => b.chunkKeys)).toEqual([holder.key]);
  });

  it("creates a new version on re-ingest and retires (not deletes) the old chunks", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const { sourceId } = await addTextSource(workspace.id, BRAND_GUIDE, { title: "Brand voice" });
    await runIngestion(workspace.id);
    const firstChunks = await chunksOf(sourceId);

    await addTextSource(workspace.id, BRAND_GUIDE.replace("500 hours", "800 hours"), { sourceId, title: "Brand voice" });
    await runIngestion(workspace.id);

    const versions = await db.select().from(knowledgeSourceVersions).where(eq(knowledgeSourceVersions.sourceId, sourceId));
    expect(versions.map((v) => [v.version, v.status]).sort()).toEqual([
      [1, "ready"],
      [2, "ready"],
    ]);
    const all = await chunksOf(sourceId);
    expect(all.filter((c) => c.version === 1).every((c) => c.retiredAt !== null)).toBe(true);
    expect(all.filter((c) => c.version === 1)).toHaveLength(firstChunks.length);
    const results = await retrieve(db, { workspaceId: workspace.id, query: "how many hours is every jacket tested", viewer: { role: "admin" }, purpose: "generation" });
    expect(results[0]).toMatchObject({ version: 2, sourceId });
    expect(results[0]!.text).toContain("800 hours");
    expect(results.some((r) => r.version === 1)).toBe(false);
  });

  it("refuses the same content twice and marks text-identical files as duplicates", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const { sourceId } = await addTextSource(workspace.id, BRAND_GUIDE, { title: "Guide" });
    await expect(addTextSource(workspace.id, BRAND_GUIDE, { title: "Guide again" })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("already in the knowledge base as “Guide”"),
    });
    await expect(addTextSource(workspace.id, BRAND_GUIDE, { sourceId, title: "Guide" })).rejects.toMatchObject({ code: "conflict" });
    await runIngestion(workspace.id);

    // Different bytes (extra blank lines and spaces), same normalised text.
    const copy = await addTextSource(workspace.id, `${BRAND_GUIDE.replace(/\n/g, "\n\n")}   \n`, { title: "Copy" });
    await runIngestion(workspace.id);
    const [duplicate] = await db.select().from(knowledgeSources).where(eq(knowledgeSources.id, copy.sourceId));
    expect(duplicate).toMatchObject({ status: "duplicate", statusMessage: expect.stringContaining("Same text as “Guide”") });
    expect(await chunksOf(copy.sourceId)).toHaveLength(0);
  });

  it("flags a near-duplicate but still indexes it", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const long = Array.from({ length: 12 }, (_, i) => `Paragraph ${i}: the Fjell jacket keeps hikers dry in Nordic rain and wind, season after season.`).join("\n\n");
    await addTextSource(workspace.id, long, { title: "Fjell original" });
    await runIngestion(workspace.id);
    const near = await addTextSource(workspace.id, long.replace("season after season.", "season after season!"), { title: "Fjell copy" });
    await runIngestion(workspace.id);
    const [source] = await db.select().from(knowledgeSources).where(eq(knowledgeSources.id, near.sourceId));
    expect(source).toMatchObject({ status: "ready", statusMessage: expect.stringContaining("Fjell original") });
    expect(source!.nearDuplicateOfId).not.toBeNull();
    expect((await chunksOf(near.sourceId)).length).toBeGreaterThan(0);
  });

  it("fails an unreadable file with its reason, without retrying and without chunks", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const broken = await addTextSource(workspace.id, "", {
      title: "Broken PDF",
      format: "pdf",
      fileName: "broken.pdf",
      bytes: new TextEncoder().encode("%PDF-1.4\nthis is not really a pdf"),
    });
    await runIngestion(workspace.id);
    const [version] = await db.select().from(knowledgeSourceVersions).where(eq(knowledgeSourceVersions.id, broken.versionId));
    expect(version?.status).toBe("failed");
    expect(version?.error).toMatch(/PDF/);
    const [job] = await db.select().from(jobs).where(eq(jobs.id, broken.jobId!));
    expect(job).toMatchObject({ status: "succeeded", attempts: 1 });
    const [source] = await db.select().from(knowledgeSources).where(eq(knowledgeSources.id, broken.sourceId));
    expect(source?.status).toBe("failed");
    expect(await chunksOf(broken.sourceId)).toHaveLength(0);
  });
});

describe("re-embedding", () => {
  it("re-embeds chunks left by a previous embedding model in the background", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const { sourceId } = await addTextSource(workspace.id, BRAND_GUIDE, { title: "Brand voice" });
    await runIngestion(workspace.id);
    const { enqueueReembedIfStale } = await import("./ingest/reembed");
    expect(await enqueueReembedIfStale(db, { workspaceId: workspace.id })).toBeNull();

    // As if the chunks had been embedded by a model that is no longer configured.
    const before = await chunksOf(sourceId);
    await db.update(knowledgeChunks).set({ embeddingModel: "retired-model", embedding: before[0]!.embedding.map(() => 0.5) }).where(eq(knowledgeChunks.sourceId, sourceId));
    const jobId = await enqueueReembedIfStale(db, { workspaceId: workspace.id });
    expect(jobId).toMatch(/^job_/);
    await runIngestion(workspace.id);

    const after = await chunksOf(sourceId);
    expect(after.map((c) => c.embeddingModel)).toEqual(before.map((c) => c.embeddingModel));
    expect(after.map((c) => c.embedding)).toEqual(before.map((c) => c.embedding));
    const [job] = await db.select().from(jobs).where(eq(jobs.id, jobId!));
    expect(job).toMatchObject({ status: "succeeded", progressDone: before.length, progressTotal: before.length });
  });
});

describe("ingestion races", () => {
  it("does not bring back a source retired while its version waited in the queue", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const { sourceId, versionId } = await addTextSource(workspace.id, BRAND_GUIDE, { title: "Soon retired" });
    const { retireSource } = await import("./sources/manage-sources");
    await db.transaction((tx) => retireSource(tx, { workspaceId: workspace.id, sourceId }));
    await runIngestion(workspace.id);
    expect(await chunksOf(sourceId, { activeOnly: true })).toHaveLength(0);
    const [source] = await db.select().from(knowledgeSources).where(eq(knowledgeSources.id, sourceId));
    expect(source).toMatchObject({ status: "retired" });
    const [version] = await db.select().from(knowledgeSourceVersions).where(eq(knowledgeSourceVersions.id, versionId));
    expect(version).toMatchObject({ status: "failed", error: expect.stringContaining("retired") });
  });

  it("keeps a newer version when an older one is indexed late", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const { sourceId } = await addTextSource(workspace.id, BRAND_GUIDE, { title: "Guide" });
    await runIngestion(workspace.id);
    const v2 = await addTextSource(workspace.id, BRAND_GUIDE.replace("500 hours", "600 hours"), { sourceId, title: "Guide" });
    // v2's job is delayed (a retry with backoff, say) while v3 is uploaded and indexed.
    await db.update(jobs).set({ runAt: sql`now() + interval '1 hour'` }).where(eq(jobs.id, v2.jobId!));
    await addTextSource(workspace.id, BRAND_GUIDE.replace("500 hours", "700 hours"), { sourceId, title: "Guide" });
    await runIngestion(workspace.id);
    await db.update(jobs).set({ runAt: sql`now() - interval '1 second'` }).where(eq(jobs.id, v2.jobId!));
    await runIngestion(workspace.id);

    const [source] = await db.select().from(knowledgeSources).where(eq(knowledgeSources.id, sourceId));
    expect(source?.currentVersion).toBe(3);
    const active = await chunksOf(sourceId, { activeOnly: true });
    expect(new Set(active.map((c) => c.version))).toEqual(new Set([3]));
    expect(active.some((c) => c.text.includes("700 hours"))).toBe(true);
    const [late] = await db.select().from(knowledgeSourceVersions).where(eq(knowledgeSourceVersions.id, v2.versionId));
    expect(late?.status).toBe("superseded");
  });
});
