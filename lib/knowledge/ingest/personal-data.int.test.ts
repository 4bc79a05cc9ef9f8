import { describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { knowledgeChunks, knowledgeSourceVersions, modelCalls } from "@/lib/db/schema";
import type { CatalogEntry } from "@/lib/ai/catalog";
import { CircuitBreaker, DEFAULT_BREAKER_OPTIONS } from "@/lib/ai/routing/circuit-breaker";
import { answerQuestion } from "@/lib/knowledge/answer/answer-question";
import { listSources } from "@/lib/knowledge/sources/queries";
import { mockCatalogEntry } from "@/lib/testing/catalog-fixtures";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { addTextSource, runIngestion } from "@/lib/testing/knowledge-fixtures";
import { scriptedModel, textResult } from "@/lib/testing/mock-models";
import { useTestModels } from "@/lib/testing/routed-models";

const PRESS_AND_MATERIALS = [
  "# Press contact",
  "",
  "For interviews, write to Maria Hoffmann at maria.hoffmann@example.de or call +49 30 1234567.",
  "",
  "# Materials",
  "",
  "Every Nordlicht jacket is field-tested for 500 hours in Sarek.",
].join("\n");

const entry = (id: string, hosting: CatalogEntry["hosting"]) =>
  mockCatalogEntry(id, { hosting, pricePerMillion: { input: 1, output: 1 }, quality: hosting === "external" ? "premium" : "standard" });

/** A hosted answer model and a self-hosted one; the hosted one would be preferred on quality. */
function answerModels() {
  const external = scriptedModel("ext:model", [textResult("external answer")]);
  const own = scriptedModel("own:model", [textResult("self-hosted answer")]);
  useTestModels({
    tasks: ["answer-question"],
    catalog: [entry("ext:model", "external"), entry("own:model", "self-hosted")],
    configuredProviders: new Set(["ext", "own"]),
    breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS),
    resolveLanguageModel: (e) => (e.id === "ext:model" ? external : own),
  });
  return { external, own };
}

describe("personal data marked at ingestion", () => {
  it("summarises the version, flags the chunk, and keeps answers quoting it local", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const user = await createTestUser();
    const { sourceId, versionId } = await addTextSource(workspace.id, PRESS_AND_MATERIALS, { title: "Press kit" });
    await runIngestion(workspace.id);

    const [version] = await db.select().from(knowledgeSourceVersions).where(eq(knowledgeSourceVersions.id, versionId));
    expect(version!.status).toBe("ready");
    expect(version!.personalData).toEqual({ holdsPersonalData: true, counts: { PERSON: 1, EMAIL: 1, PHONE: 1 } });
    expect(JSON.stringify(version!.personalData)).not.toContain("Hoffmann");

    const chunks = await db
      .select({ sectionPath: knowledgeChunks.sectionPath, holdsPersonalData: knowledgeChunks.holdsPersonalData })
      .from(knowledgeChunks)
      .where(eq(knowledgeChunks.versionId, versionId))
      .orderBy(asc(knowledgeChunks.ordinal));
    expect(chunks).toEqual([
      { sectionPath: ["Press contact"], holdsPersonalData: true },
      { sectionPath: ["Materials"], holdsPersonalData: false },
    ]);

    // The source list carries the summary for the badge.
    const [listed] = await listSources(db, { workspaceId: workspace.id, classifications: ["public", "internal"] });
    expect(listed).toMatchObject({ id: sourceId, personalData: { holdsPersonalData: true, counts: { PERSON: 1, EMAIL: 1, PHONE: 1 } } });

    const { external } = answerModels();
    const answer = await answerQuestion(db, { workspaceId: workspace.id, userId: user.id, role: "marketer", question: "Who handles press interviews?" });
    expect(answer.model).toBe("own:model");
    expect(external.doGenerateCalls).toHaveLength(0);
    const [call] = await db.select().from(modelCalls).where(and(eq(modelCalls.workspaceId, workspace.id), eq(modelCalls.task, "answer-question")));
    expect(call!.chosenModel).toBe("own:model");
    expect(call!.reasons).toContainEqual(expect.objectContaining({ modelId: "ext:model", outcome: "skipped", reason: expect.stringContaining("personal data") }));
  });

  it("routes on the chunk's mark, not only on the prompt scan", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const user = await createTestUser();
    const { versionId } = await addTextSource(workspace.id, "# Materials\n\nEvery Nordlicht jacket is field-tested for 500 hours in Sarek.", { title: "Guide" });
    await runIngestion(workspace.id);
    const [version] = await db.select({ personalData: knowledgeSourceVersions.personalData }).from(knowledgeSourceVersions).where(eq(knowledgeSourceVersions.id, versionId));
    expect(version!.personalData).toEqual({ holdsPersonalData: false, counts: {} });

    // Clean text goes to the hosted model...
    const first = answerModels();
    const hosted = await answerQuestion(db, { workspaceId: workspace.id, userId: user.id, role: "marketer", question: "How long are jackets tested?" });
    expect(hosted.model).toBe("ext:model");
    expect(first.external.doGenerateCalls).toHaveLength(1);

    // ...and the same text, marked (as a recognizer the prompt scan misses would mark it), stays
    // local. Re-marking would come with re-ingestion, which drops cached answers; here the
    // mark is set directly, so the question differs to miss the cache.
    await db.update(knowledgeChunks).set({ holdsPersonalData: true }).where(eq(knowledgeChunks.versionId, versionId));
    const second = answerModels();
    const local = await answerQuestion(db, { workspaceId: workspace.id, userId: user.id, role: "marketer", question: "How many hours are jackets field-tested?" });
    expect(local.model).toBe("own:model");
    expect(second.external.doGenerateCalls).toHaveLength(0);
  });
});
