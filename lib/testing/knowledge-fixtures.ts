import { getDb } from "@/lib/db/client";
import { loadJobHandlers } from "@/lib/jobs/handlers";
import { runQueuedJobs } from "@/lib/jobs/worker";
import { createSourceVersion, type NewSourceVersionInput } from "@/lib/knowledge/sources/create-source-version";
import { submitIngestion } from "@/lib/knowledge/sources/submit-ingestion";

/** Adds a text source the way the paste action does and returns its ids (not yet ingested). */
export async function addTextSource(
  workspaceId: string,
  text: string,
  overrides: Partial<NewSourceVersionInput> = {},
): Promise<{ sourceId: string; versionId: string; jobId: string | null }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const created = await createSourceVersion(tx, {
      workspaceId,
      actorId: null,
      title: overrides.title ?? text.slice(0, 40),
      // A page of the site unless a test says otherwise: the role generation draws facts from.
      kind: "published_page",
      classification: "internal",
      language: null,
      canonicalUrl: null,
      origin: "paste",
      format: "markdown",
      fileName: "pasted.md",
      bytes: new TextEncoder().encode(text),
      ...overrides,
    });
    const jobId = await submitIngestion(tx, { workspaceId, versionIds: [created.versionId!] });
    return { sourceId: created.sourceId, versionId: created.versionId!, jobId };
  });
}

/**
 * Runs the workspace's queued jobs to completion, as the background worker would. Scoped to the
 * workspace so test files running in parallel on one PostgreSQL never process each other's jobs.
 */
export async function runIngestion(workspaceId: string): Promise<number> {
  return runQueuedJobs(await getDb(), await loadJobHandlers(), { workspaceId });
}
