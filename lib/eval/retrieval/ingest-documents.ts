import "server-only";
import type { Database } from "@/lib/db/types";
import type { BenchDocument } from "./labelled-corpus";
import { loadJobHandlers } from "@/lib/jobs/handlers";
import { runQueuedJobs } from "@/lib/jobs/worker";
import { createSourceVersion } from "@/lib/knowledge/sources/create-source-version";
import { submitIngestion } from "@/lib/knowledge/sources/submit-ingestion";

export type IngestedCorpus = {
  /** knowledge source id → the corpus's document id, to score ranked sources against the labels. */
  documentIdBySource: Map<string, string>;
  documents: number;
  /** UTF-8 bytes of the text handed to the pipeline (title, blank line, body), the base of the size ratio. */
  textBytes: number;
  /** Wall time from the first source row to the last job finished: parse, chunk, firewall, embed, index. */
  seconds: number;
};

/**
 * Ingests documents through the real pipeline, as an upload would: source versions are created
 * in transactions of `transactionSize`; every `jobSize` versions become one ingestion job, which
 * runs before the next documents are read (a catalogue import in parts; the documents iterable
 * may be a lazy generator). `jobSize` unset = one job for everything (bench:retrieval).
 */
export async function ingestDocuments(
  db: Database,
  options: {
    workspaceId: string;
    documents: Iterable<BenchDocument>;
    transactionSize?: number;
    jobSize?: number;
    onJobDone?: (progress: { documents: number; seconds: number }) => void;
  },
): Promise<IngestedCorpus> {
  const transactionSize = options.transactionSize ?? 500;
  const jobSize = options.jobSize ?? Number.POSITIVE_INFINITY;
  const handlers = await loadJobHandlers();
  const encoder = new TextEncoder();
  const documentIdBySource = new Map<string, string>();
  let textBytes = 0;
  let documents = 0;
  let pendingVersions: string[] = [];
  const started = performance.now();

  const createVersions = async (batch: BenchDocument[]) => {
    await db.transaction(async (tx) => {
      for (const document of batch) {
        const bytes = encoder.encode(`${document.title}\n\n${document.text}`);
        const created = await createSourceVersion(tx, {
          workspaceId: options.workspaceId,
          actorId: null,
          title: document.title.slice(0, 200) || document.id,
          kind: "other",
          classification: "public",
          language: "en",
          canonicalUrl: null,
          origin: "paste",
          format: "text",
          fileName: `${document.id}.txt`,
          bytes,
        });
        documentIdBySource.set(created.sourceId, document.id);
        pendingVersions.push(created.versionId!);
        textBytes += bytes.byteLength;
      }
    });
    documents += batch.length;
  };
  const runJob = async () => {
    if (pendingVersions.length === 0) return;
    const versionIds = pendingVersions;
    pendingVersions = [];
    await db.transaction((tx) => submitIngestion(tx, { workspaceId: options.workspaceId, versionIds }));
    await runQueuedJobs(db, handlers, { workspaceId: options.workspaceId });
    options.onJobDone?.({ documents, seconds: (performance.now() - started) / 1000 });
  };

  let batch: BenchDocument[] = [];
  for (const document of options.documents) {
    batch.push(document);
    if (batch.length < transactionSize) continue;
    await createVersions(batch);
    batch = [];
    if (pendingVersions.length >= jobSize) await runJob();
  }
  if (batch.length > 0) await createVersions(batch);
  await runJob();
  return { documentIdBySource, documents, textBytes, seconds: (performance.now() - started) / 1000 };
}
