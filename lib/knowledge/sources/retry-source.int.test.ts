import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { knowledgeSources, knowledgeSourceVersions } from "@/lib/db/schema";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { runIngestion } from "@/lib/testing/knowledge-fixtures";
import { listSources } from "./queries";
import { addPastedSource } from "./add-source";
import { retireSource } from "./manage-sources";
import { retryFailedSource } from "./retry-source";

const metadata = (workspaceId: string) => ({ workspaceId, actorId: "usr_test", kind: "campaign" as const, classification: "internal" as const, language: null, canonicalUrl: null });

/** A source whose first version the queue gave up on (the embedding provider was down, say). */
async function addFailedSource(options: { keepUpload: boolean }) {
  const db = await getDb();
  const workspace = await createTestWorkspace();
  const added = await addPastedSource(db, { ...metadata(workspace.id), title: "Herbstaktion", format: "markdown", text: "# Herbst\n\nCode AUTUMN15 gilt bis Oktober." });
  await db
    .update(knowledgeSourceVersions)
    .set({ status: "failed", error: "Failed: embedding provider unreachable", ...(options.keepUpload ? {} : { raw: null }) })
    .where(eq(knowledgeSourceVersions.id, added.versionId!));
  await db.update(knowledgeSources).set({ status: "failed", statusMessage: "Failed: embedding provider unreachable" }).where(eq(knowledgeSources.id, added.sourceId));
  return { db, workspace, added };
}

describe("a failed source", () => {
  it("can be retried while its upload is kept, and becomes ready", async () => {
    const { db, workspace, added } = await addFailedSource({ keepUpload: true });
    const [listed] = await listSources(db, { workspaceId: workspace.id, classifications: ["public", "internal", "confidential"] });
    expect(listed?.latestVersion).toMatchObject({ status: "failed", canRetry: true });

    const retried = await retryFailedSource(db, { workspaceId: workspace.id, sourceId: added.sourceId });
    expect(retried.jobId).not.toBe(added.jobId);
    await runIngestion(workspace.id);
    const [source] = await db.select().from(knowledgeSources).where(eq(knowledgeSources.id, added.sourceId));
    expect(source).toMatchObject({ status: "ready", statusMessage: null, currentVersion: 1 });
  });

  it("says why a file that could not be read cannot be retried", async () => {
    const { db, workspace, added } = await addFailedSource({ keepUpload: false });
    await expect(retryFailedSource(db, { workspaceId: workspace.id, sourceId: added.sourceId })).rejects.toThrow(
      "“Herbstaktion” cannot be retried: the file itself could not be read. Upload a corrected file as a new version, or remove the source.",
    );
  });

  it("can be removed, and is then no longer retried", async () => {
    const { db, workspace, added } = await addFailedSource({ keepUpload: true });
    await retireSource(db, { workspaceId: workspace.id, sourceId: added.sourceId });
    await expect(retryFailedSource(db, { workspaceId: workspace.id, sourceId: added.sourceId })).rejects.toThrow("This source does not exist or was removed.");
  });

  it("cannot be retried from another workspace", async () => {
    const { db, added } = await addFailedSource({ keepUpload: true });
    const other = await createTestWorkspace();
    await expect(retryFailedSource(db, { workspaceId: other.id, sourceId: added.sourceId })).rejects.toThrow("This source does not exist or was removed.");
  });
});
