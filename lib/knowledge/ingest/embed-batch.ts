import "server-only";
import type { Database } from "@/lib/db/types";
import { embedForWorkspace } from "@/lib/ai/embed";
import { RouterError } from "@/lib/ai/routing/errors";
import { indexableText } from "./indexable-text";
import type { Outcome, PreparedCandidate, ReadyVersion } from "./ingest-types";

/**
 * Embeds a commit batch: one routed call per classification (not one per document: the call
 * record, policy and breaker cost a few round trips, which per document slowed ingestion
 * measurably). Confidential and internal text go in separate calls so the data protection rule
 * (confidential → local or self-hosted embedder only) applies to exactly the confidential text.
 * When no permitted embedder exists, those versions fail with the router's reason; a provider
 * outage fails the job, which is retried.
 */
export async function embedBatch(db: Database, workspaceId: string, batch: PreparedCandidate[], outcomes: Outcome[]): Promise<ReadyVersion[]> {
  const ready: ReadyVersion[] = [];
  for (const isConfidential of [false, true]) {
    const group = batch.filter((item) => (item.candidate.source.classification === "confidential") === isConfidential);
    if (group.length === 0) continue;
    const texts = group.flatMap((item) => item.prepared.chunks.map(indexableText));
    let result: Awaited<ReturnType<typeof embedForWorkspace>>;
    try {
      result = await embedForWorkspace(db, { workspaceId, values: texts, isConfidential });
    } catch (error) {
      if (!(error instanceof RouterError) || error.kind !== "no_candidate") throw error;
      const reason = isConfidential
        ? "Confidential content may only be embedded by a local or self-hosted model, and the configured embedding model is external."
        : `No embedding model may process this content under the workspace's routing policy (${error.message})`;
      for (const item of group) outcomes.push({ versionId: item.candidate.version.id, status: "failed", message: reason });
      continue;
    }
    let offset = 0;
    for (const item of group) {
      const embeddings = result.embeddings.slice(offset, offset + item.prepared.chunks.length);
      offset += item.prepared.chunks.length;
      ready.push({
        ...item,
        toIndex: {
          workspaceId,
          sourceId: item.candidate.source.id,
          versionId: item.candidate.version.id,
          version: item.candidate.version.version,
          language: item.prepared.language,
          classification: item.candidate.source.classification,
          kind: item.candidate.source.kind,
          url: item.candidate.source.canonicalUrl,
          category: item.candidate.source.category,
          embeddingModel: result.modelId,
          embeddingDimensions: result.dimensions,
          chunks: item.prepared.chunks.map((chunk, index) => ({ ...chunk, embedding: embeddings[index]! })),
        },
      });
    }
  }
  return ready;
}
