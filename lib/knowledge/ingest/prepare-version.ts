import "server-only";
import type { KnowledgeSource } from "@/lib/db/schema/knowledge-sources";
import type { KnowledgeSourceVersion } from "@/lib/db/schema/knowledge-source-versions";
import type { FirewallFlag } from "@/lib/db/schema/knowledge-chunks";
import { chunkBlocks } from "@/lib/rag/chunk/chunk-blocks";
import { chunkProduct, type ProductRecord } from "@/lib/rag/chunk/chunk-product";
import { contentHash, simhash64 } from "@/lib/rag/dedupe";
import { detectLanguage } from "@/lib/rag/language";
import { ParseError, type DocumentBlock } from "@/lib/rag/parse/types";
import { parseSourceFile } from "@/lib/rag/parse/parse-source-file";
import { normalizeText } from "@/lib/rag/text/normalize";
import type { Language } from "@/lib/rag/text/tokenize";
import { PermanentJobError } from "@/lib/jobs/worker";
import { firewallChunks } from "./firewall-chunks";
import { scanChunkForPersonalData, summarisePersonalData, type PersonalDataScan } from "./scan-personal-data";

export type PreparedChunk = {
  ordinal: number;
  sectionPath: string[];
  text: string;
  tokenCount: number;
  firewallFlags: FirewallFlag[];
  /** Personal data in the text as indexed (after the firewall's cut) and its headings. */
  personalData: PersonalDataScan;
};

export type PreparedVersion = {
  language: Language;
  contentHash: string;
  simhash: bigint;
  warnings: string[];
  chunks: PreparedChunk[];
  /** The chunks' personal data summed up (types and counts, never values): stored on the version. */
  personalData: PersonalDataScan;
};

/**
 * Chunk bounds for documents: about a long paragraph or two (≈ 330 English words), small enough
 * to cite precisely, large enough that a passage keeps its context. On SciFact 450/60 made 7,208
 * chunks where the chunker's default 300/50 made 11,632 (−38 %), which is most of what brought
 * ingestion under the 60 s budget (BENCHMARKS.md).
 */
const CHUNK_OPTIONS = { maxTokens: 450, overlapTokens: 60 };

/**
 * Parse → normalise → chunk → firewall → personal-data scan, for one version. Pure CPU work, no database: the
 * caller embeds and stores. Problems that a retry cannot fix become PermanentJobError with a
 * sentence the uploader can act on.
 */
export async function prepareVersion(source: KnowledgeSource, version: KnowledgeSourceVersion): Promise<PreparedVersion> {
  let blocks: DocumentBlock[];
  let hiddenTexts: string[] = [];
  let warnings: string[] = [];
  let product: ProductRecord | null = null;

  if (version.format === "product") {
    product = version.product as unknown as ProductRecord;
    blocks = [{ kind: "paragraph", text: `${product.name}\n${product.description}` }];
  } else {
    if (!version.raw) throw new PermanentJobError("The uploaded file is no longer stored; upload it again.");
    try {
      const parsed = await parseSourceFile({ fileName: version.fileName ?? `pasted.${version.format === "markdown" ? "md" : "txt"}`, bytes: version.raw });
      blocks = parsed.blocks;
      hiddenTexts = parsed.hiddenTexts;
      warnings = parsed.warnings;
    } catch (error) {
      if (error instanceof ParseError) throw new PermanentJobError(error.message);
      throw error;
    }
  }

  const fullText = normalizeText(blocks.map((block) => block.text).join("\n\n"));
  if (fullText.length === 0) throw new PermanentJobError("No text was found in this file, so there is nothing to search.");
  const language: Language = source.language ?? detectLanguage(fullText);

  const rawChunks = product ? chunkProduct(product) : chunkBlocks(blocks, CHUNK_OPTIONS);
  // Sentences that address a model are cut out (and kept for admins); headings, the title and
  // hidden HTML text are checked too (firewall-chunks.ts).
  // Then each chunk is scanned for personal data as it will be indexed and quoted (the cut
  // sentences are not in it; an admin's release rescans): a chunk that holds some keeps every
  // prompt quoting it on local or self-hosted models.
  const chunks: PreparedChunk[] = firewallChunks({ chunks: rawChunks, hiddenTexts, title: source.title }).map((chunk) => ({
    ...chunk,
    personalData: scanChunkForPersonalData(chunk.text, chunk.sectionPath),
  }));

  // The hash covers the text as indexed (for a product: price, category, attributes, URL too),
  // so a change to any indexed fact is a change.
  const indexedText = chunks.map((chunk) => chunk.text).join("\n\n");
  return {
    language,
    contentHash: contentHash(indexedText),
    simhash: simhash64(fullText),
    warnings,
    chunks,
    personalData: summarisePersonalData(chunks.map((chunk) => chunk.personalData)),
  };
}
