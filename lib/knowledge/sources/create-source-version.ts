import "server-only";
import { createHash } from "node:crypto";
import { and, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { knowledgeSources, knowledgeSourceVersions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { isVisibleAlongside, type Classification } from "../classification";
import type { ProductAttribute } from "@/lib/rag/product-feed/product-attributes";

export type SourceKind = (typeof knowledgeSources.$inferSelect)["kind"];
export type SourceFormat = (typeof knowledgeSourceVersions.$inferSelect)["format"];

export type NewSourceVersionInput = {
  workspaceId: string;
  actorId: string | null;
  /** Re-ingest an existing source as a new version. */
  sourceId?: string;
  title: string;
  kind: SourceKind;
  classification: Classification;
  language: "de" | "en" | null;
  canonicalUrl: string | null;
  origin: "upload" | "paste" | "product_feed" | "website";
  format: SourceFormat;
  fileName: string | null;
  bytes: Uint8Array;
  product?: Record<string, unknown>;
  feedId?: string;
  externalId?: string;
  category?: string | null;
  /** Feed products: typed attributes from the extra columns mapped in the import preview. */
  attributes?: Record<string, ProductAttribute> | null;
};

export type NewSourceVersionResult = { sourceId: string; versionId: string | null; version: number; isUnchanged: boolean };

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Records an upload as a queued version of a (new or existing) source; the ingestion job does
 * the rest. Refuses the same bytes twice: a new source whose file is already in the workspace,
 * or a re-ingest of an unchanged file. Feed products and crawled pages that did not change are
 * skipped quietly.
 */
export async function createSourceVersion(tx: Database, input: NewSourceVersionInput): Promise<NewSourceVersionResult> {
  const rawHash = sha256Hex(input.bytes);
  let source = input.sourceId
    ? (await tx.select().from(knowledgeSources).where(and(eq(knowledgeSources.workspaceId, input.workspaceId), eq(knowledgeSources.id, input.sourceId))))[0]
    : input.feedId && input.externalId
      ? (
          await tx
            .select()
            .from(knowledgeSources)
            .where(
              and(
                eq(knowledgeSources.workspaceId, input.workspaceId),
                eq(knowledgeSources.feedId, input.feedId),
                eq(knowledgeSources.externalId, input.externalId),
              ),
            )
        )[0]
      : undefined;
  if (input.sourceId && !source) throw new AppError("not_found", { key: "knowledge.sourceDoesNotExist" });

  if (source) {
    const [latest] = await tx
      .select({ version: knowledgeSourceVersions.version, rawHash: knowledgeSourceVersions.rawHash, status: knowledgeSourceVersions.status })
      .from(knowledgeSourceVersions)
      .where(eq(knowledgeSourceVersions.sourceId, source.id))
      .orderBy(desc(knowledgeSourceVersions.version))
      .limit(1);
    if (latest && latest.rawHash === rawHash && latest.status !== "failed" && !source.retiredAt) {
      // Fetched content (feeds, crawled pages) is compared every sync: unchanged is normal there, not a mistake.
      if (input.origin === "product_feed" || input.origin === "website") return { sourceId: source.id, versionId: null, version: latest.version, isUnchanged: true };
      throw new AppError("conflict", { key: "knowledge.unchangedSameContentAs", params: { version: latest.version, title: source.title } });
    }
  } else {
    const [sameFile] = await tx
      .select({ title: knowledgeSources.title, classification: knowledgeSources.classification })
      .from(knowledgeSourceVersions)
      .innerJoin(knowledgeSources, eq(knowledgeSources.id, knowledgeSourceVersions.sourceId))
      .where(
        and(
          eq(knowledgeSourceVersions.workspaceId, input.workspaceId),
          eq(knowledgeSourceVersions.rawHash, rawHash),
          isNull(knowledgeSources.retiredAt),
          ne(knowledgeSourceVersions.status, "failed"),
        ),
      )
      .limit(1);
    if (sameFile) {
      // Name the existing source only if it is not more confidential than the new one would be.
      const name = isVisibleAlongside(sameFile.classification, input.classification) ? `as “${sameFile.title}”` : "(in a source you may not see)";
      throw new AppError("conflict", { key: "knowledge.contentAlreadyKnowledgeBase", params: { name } });
    }
  }

  if (!source) {
    [source] = await tx
      .insert(knowledgeSources)
      .values({
        id: createId("source"),
        workspaceId: input.workspaceId,
        title: input.title,
        kind: input.kind,
        classification: input.classification,
        language: input.language,
        canonicalUrl: input.canonicalUrl,
        origin: input.origin,
        feedId: input.feedId ?? null,
        externalId: input.externalId ?? null,
        category: input.category ?? null,
        attributes: input.attributes ?? null,
        status: "queued",
        createdBy: input.actorId,
      })
      .returning();
  } else {
    // Metadata given with a re-ingest applies from this version on; a retired product returns.
    await tx
      .update(knowledgeSources)
      .set({
        title: input.title,
        kind: input.kind,
        classification: input.classification,
        language: input.language ?? source.language,
        canonicalUrl: input.canonicalUrl ?? source.canonicalUrl,
        category: input.category ?? source.category,
        // A feed row states all its attributes each time: a column unmapped since is gone.
        ...(input.attributes !== undefined ? { attributes: input.attributes } : {}),
        retiredAt: null,
        updatedAt: sql`now()`,
      })
      .where(eq(knowledgeSources.id, source.id));
  }

  const [{ nextVersion }] = (await tx
    .select({ nextVersion: sql<number>`coalesce(max(${knowledgeSourceVersions.version}), 0) + 1` })
    .from(knowledgeSourceVersions)
    .where(eq(knowledgeSourceVersions.sourceId, source!.id))) as [{ nextVersion: number }];
  const versionId = createId("sourceVersion");
  await tx.insert(knowledgeSourceVersions).values({
    id: versionId,
    workspaceId: input.workspaceId,
    sourceId: source!.id,
    version: Number(nextVersion),
    format: input.format,
    fileName: input.fileName,
    byteSize: input.bytes.byteLength,
    rawHash,
    raw: input.bytes,
    product: input.product ?? null,
    createdBy: input.actorId,
  });
  return { sourceId: source!.id, versionId, version: Number(nextVersion), isUnchanged: false };
}
