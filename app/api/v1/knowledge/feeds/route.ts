import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { classificationSchema, columnMappingSchema, feedTextSchema, languageChoiceSchema } from "@/lib/knowledge/input-schemas";
import { getSavedFeedMapping, importFeed, previewFeed } from "@/lib/knowledge/feeds/import-feed";
import { MAX_FEED_BYTES } from "@/lib/knowledge/limits";
import type { ColumnMapping } from "@/lib/rag/product-feed/types";

/**
 * Imports a product feed (CSV/TSV text) the way the Knowledge page does (knowledge.import_feed).
 * Without a `mapping`, the mapping the preview would choose is used: the feed's saved mapping from
 * its last import under this name, else the suggested one from the headers.
 */
export const POST = defineApiRoute({
  name: "api.knowledge.import_feed",
  method: "POST",
  path: "/api/v1/knowledge/feeds",
  tag: "Knowledge",
  summary: "Import a product feed",
  description: "Each valid row becomes or updates a product source; products missing from the feed are retired. Re-importing under the same name updates the feed.",
  permission: "knowledge:write",
  successStatus: 202,
  // JSON escaping can grow CSV text (quotes, tabs); the schema bounds the text itself.
  maxBodyBytes: Math.ceil(MAX_FEED_BYTES * 1.25) + 64 * 1024,
  input: z.object({
    feedName: z.string().trim().min(1, "Name the feed (re-importing the same name updates it)").max(100),
    text: feedTextSchema.describe("The feed file's text (CSV or TSV with a header row)."),
    mapping: columnMappingSchema.optional().describe("Feed column for each product field; omitted: the saved or suggested mapping."),
    classification: classificationSchema.default("public"),
    language: languageChoiceSchema.prefault("auto"),
  }),
  output: z.object({
    feedId: z.string(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    retired: z.number().int(),
    skippedCount: z.number().int(),
    skippedRows: z.array(z.object({ line: z.number().int(), message: z.string() })),
    jobId: z.string().nullable().describe("The ingestion job of the created and updated products."),
  }),
  async handler({ input, ctx }) {
    const workspaceId = ctx.membership.workspaceId;
    const mapping =
      (input.mapping as ColumnMapping | undefined) ??
      previewFeed({ text: input.text, savedMapping: await getSavedFeedMapping(ctx.db, { workspaceId, feedName: input.feedName }), fileName: input.feedName }).mapping;
    const result = await importFeed(ctx.db, {
      workspaceId,
      actorId: ctx.actor.id,
      feedName: input.feedName,
      text: input.text,
      mapping,
      classification: input.classification,
      language: input.language,
    });
    ctx.audit.target("knowledge_feed", result.feedId);
    ctx.audit.detail({ feedName: input.feedName, created: result.created, updated: result.updated, unchanged: result.unchanged, retired: result.retired, skippedRows: result.skippedCount });
    return result;
  },
});
