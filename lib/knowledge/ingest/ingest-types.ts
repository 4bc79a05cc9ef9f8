import type { knowledgeSources, knowledgeSourceVersions } from "@/lib/db/schema";
import type { VersionToIndex } from "./index-chunks";
import type { PreparedVersion } from "./prepare-version";
import type { SimhashEntry } from "./simhash-index";
import type { FeedImportSummary } from "@/lib/webhooks/import-events";

export const INGEST_JOB_TYPE = "knowledge.ingest";
/** feed: a product feed import's counts, reported with import.finished when the job ends. */
export type IngestJobPayload = { workspaceId: string; versionIds: string[]; feed?: FeedImportSummary };

/** A queued version with its source, as the ingestion job reads them. */
export type Candidate = { source: typeof knowledgeSources.$inferSelect; version: typeof knowledgeSourceVersions.$inferSelect };

/** What became of a version that was not indexed (or was overtaken). */
export type Outcome = {
  versionId: string;
  status: "ready" | "duplicate" | "failed" | "superseded";
  message?: string;
  /** false: the source's own status stays (it has a newer version, or was retired meanwhile). */
  touchesSource?: boolean;
};

export type PreparedCandidate = { candidate: Candidate; prepared: PreparedVersion; nearDuplicate: SimhashEntry | undefined };
export type ReadyVersion = PreparedCandidate & { toIndex: VersionToIndex };
