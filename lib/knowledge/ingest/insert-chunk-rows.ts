import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import type { FirewallFlag } from "@/lib/db/schema/knowledge-chunks";
import type { TermVector } from "./postings";

/** A knowledge_chunks row as ingestion writes it (the columns it sets; the rest keep their defaults). */
export type ChunkRow = {
  id: string;
  workspaceId: string;
  sourceId: string;
  versionId: string;
  version: number;
  ordinal: number;
  sectionPath: string[];
  text: string;
  tokenCount: number;
  language: string;
  classification: string;
  kind: string;
  url: string | null;
  category: string | null;
  embedding: number[];
  embeddingModel: string;
  embeddingDimensions: number;
  firewallStatus: string;
  firewallFlags: FirewallFlag[];
  holdsPersonalData: boolean;
} & TermVector;

/**
 * Rows per statement. Measured (BENCHMARKS.md, bench:ingest): one statement per write batch is
 * the point; beyond ~1,000 rows (≈ 12 MB of vector text at 768 dimensions) nothing is gained.
 */
const ROWS_PER_STATEMENT = 1_000;

/**
 * Inserts chunk rows with one bound parameter per statement (a JSON array read by
 * json_to_recordset) instead of drizzle's list of ~25 parameters per row: building and sending
 * those lists was a visible share of ingestion's Node time, and a 250-row statement was the
 * most rows drizzle could send (65,535 parameters). `json`, not `jsonb`: it is parsed once, on
 * read, and the embedding travels as pgvector's own text form (the same text the drizzle column
 * type sends, so the stored vectors are the same). Returns id → key (the postings need the keys).
 */
export async function insertChunkRows(tx: Database, rows: ChunkRow[]): Promise<Map<string, number>> {
  const keys = new Map<string, number>();
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const payload = JSON.stringify(
      rows.slice(i, i + ROWS_PER_STATEMENT).map((row) => ({
        id: row.id,
        workspace_id: row.workspaceId,
        source_id: row.sourceId,
        version_id: row.versionId,
        version: row.version,
        ordinal: row.ordinal,
        section_path: row.sectionPath,
        text: row.text,
        token_count: row.tokenCount,
        language: row.language,
        classification: row.classification,
        kind: row.kind,
        url: row.url,
        category: row.category,
        embedding: `[${row.embedding.join(",")}]`,
        embedding_model: row.embeddingModel,
        embedding_dimensions: row.embeddingDimensions,
        firewall_status: row.firewallStatus,
        firewall_flags: row.firewallFlags,
        holds_personal_data: row.holdsPersonalData,
        term_ids: row.termIds,
        term_frequencies: row.termFrequencies,
        indexed_length: row.indexedLength,
      })),
    );
    const inserted = await executeRows<{ id: string; key: number | string }>(
      tx,
      sql`insert into knowledge_chunks (id, workspace_id, source_id, version_id, version, ordinal, section_path, text, token_count,
            language, classification, kind, url, category, embedding, embedding_model, embedding_dimensions, firewall_status,
            firewall_flags, holds_personal_data, term_ids, term_frequencies, indexed_length)
          select r.id, r.workspace_id, r.source_id, r.version_id, r.version, r.ordinal, r.section_path, r.text, r.token_count,
            r.language::content_language, r.classification::classification, r.kind::source_kind, r.url, r.category, r.embedding::vector,
            r.embedding_model, r.embedding_dimensions, r.firewall_status, r.firewall_flags, r.holds_personal_data,
            r.term_ids, r.term_frequencies, r.indexed_length
          from json_to_recordset(${payload}::json) as r(id text, workspace_id text, source_id text, version_id text, version int,
            ordinal int, section_path text[], text text, token_count int, language text, classification text, kind text, url text,
            category text, embedding text, embedding_model text, embedding_dimensions int, firewall_status text, firewall_flags jsonb,
            holds_personal_data boolean, term_ids int[], term_frequencies smallint[], indexed_length int)
          returning id, key`,
    );
    for (const row of inserted) keys.set(row.id, Number(row.key));
  }
  return keys;
}
