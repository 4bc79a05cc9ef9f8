"use server";

import { z } from "zod";
import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { LANGUAGES, SOURCE_KINDS } from "@/lib/db/schema/knowledge-sources";
import {
  classificationSchema,
  columnMappingSchema,
  feedTextSchema,
  languageChoiceSchema,
  optionalUrlSchema,
  pasteTextSchema,
  sourceRoleChoiceSchema,
  uploadFileSchema,
} from "@/lib/knowledge/input-schemas";
import { addPastedSource, addUploadedSource } from "@/lib/knowledge/sources/add-source";
import { releaseFlaggedChunk, retireSource } from "@/lib/knowledge/sources/manage-sources";
import { changeSourceRole } from "@/lib/knowledge/sources/change-source-role";
import { retryFailedSource } from "@/lib/knowledge/sources/retry-source";
import { CHOOSABLE_ROLES } from "@/lib/knowledge/source-roles";
import { getSavedFeedMapping, importFeed, previewFeed } from "@/lib/knowledge/feeds/import-feed";
import { retrieve } from "@/lib/knowledge/retrieve/retrieve";
import type { ColumnMapping } from "@/lib/rag/product-feed/types";

const sourceMetadata = {
  kind: sourceRoleChoiceSchema,
  classification: classificationSchema,
  language: languageChoiceSchema,
  canonicalUrl: optionalUrlSchema,
};

export const uploadSourceAction = defineAction({
  name: "knowledge.upload",
  permission: "knowledge:write",
  mutates: true,
  input: workspaceScopedInput.extend({
    file: uploadFileSchema,
    title: z.string().trim().max(200).optional(),
    sourceId: z.string().max(64).optional(),
    ...sourceMetadata,
  }),
  async handler({ input, ctx }) {
    const { byteLength, ...added } = await addUploadedSource(ctx.db, { ...input, actorId: ctx.actor.id });
    ctx.audit.target("knowledge_source", added.sourceId);
    ctx.audit.detail({ fileName: input.file.fileName, bytes: byteLength, version: added.version, role: added.role, jobId: added.jobId });
    return added;
  },
});

export const pasteSourceAction = defineAction({
  name: "knowledge.paste",
  permission: "knowledge:write",
  mutates: true,
  input: workspaceScopedInput.extend({
    title: z.string().trim().min(1, "validation.knowledge.giveTextTitle").max(200),
    text: pasteTextSchema,
    format: z.enum(["markdown", "text"]).default("markdown"),
    ...sourceMetadata,
  }),
  async handler({ input, ctx }) {
    const added = await addPastedSource(ctx.db, { ...input, actorId: ctx.actor.id });
    ctx.audit.target("knowledge_source", added.sourceId);
    ctx.audit.detail({ title: input.title, characters: input.text.length, role: added.role, jobId: added.jobId });
    return added;
  },
});

export const previewFeedAction = defineAction({
  name: "knowledge.preview_feed",
  permission: "knowledge:write",
  mutates: false,
  input: workspaceScopedInput.extend({
    text: feedTextSchema,
    mapping: columnMappingSchema.optional(),
    feedName: z.string().trim().max(100).optional(),
    /** The chosen file's name, so a refusal can say which file is wrong. */
    fileName: z.string().trim().max(255).optional(),
  }),
  async handler({ input, ctx }) {
    // Re-importing a feed starts from its last mapping (attribute columns and types included).
    const savedMapping = !input.mapping && input.feedName ? await getSavedFeedMapping(ctx.db, { workspaceId: input.workspaceId, feedName: input.feedName }) : null;
    return previewFeed({ text: input.text, mapping: input.mapping as ColumnMapping | undefined, savedMapping, fileName: input.fileName || input.feedName });
  },
});

export const importFeedAction = defineAction({
  name: "knowledge.import_feed",
  permission: "knowledge:write",
  mutates: true,
  input: workspaceScopedInput.extend({
    feedName: z.string().trim().min(1, "validation.knowledge.nameFeedReImporting").max(100),
    text: feedTextSchema,
    mapping: columnMappingSchema,
    classification: classificationSchema,
    language: languageChoiceSchema,
  }),
  async handler({ input, ctx }) {
    const result = await importFeed(ctx.db, {
      workspaceId: input.workspaceId,
      actorId: ctx.actor.id,
      feedName: input.feedName,
      text: input.text,
      mapping: input.mapping as ColumnMapping,
      classification: input.classification,
      language: input.language,
    });
    ctx.audit.target("knowledge_feed", result.feedId);
    ctx.audit.detail({
      feedName: input.feedName,
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
      retired: result.retired,
      skippedRows: result.skippedCount,
    });
    return result;
  },
});

export const retireSourceAction = defineAction({
  name: "knowledge.retire_source",
  permission: "knowledge:write",
  mutates: true,
  input: workspaceScopedInput.extend({ sourceId: z.string().min(1).max(64) }),
  async handler({ input, ctx }) {
    ctx.audit.target("knowledge_source", input.sourceId);
    return retireSource(ctx.db, input);
  },
});

export const retrySourceAction = defineAction({
  name: "knowledge.retry_source",
  permission: "knowledge:write",
  mutates: true,
  input: workspaceScopedInput.extend({ sourceId: z.string().min(1).max(64) }),
  async handler({ input, ctx }) {
    ctx.audit.target("knowledge_source", input.sourceId);
    const retried = await retryFailedSource(ctx.db, input);
    ctx.audit.detail({ versionId: retried.versionId, jobId: retried.jobId });
    return retried;
  },
});

export const changeSourceRoleAction = defineAction({
  name: "knowledge.change_source_role",
  permission: "knowledge:write",
  mutates: true,
  input: workspaceScopedInput.extend({ sourceId: z.string().min(1).max(64), role: z.enum(CHOOSABLE_ROLES, { error: "validation.knowledge.chooseRole" }) }),
  async handler({ input, ctx }) {
    ctx.audit.target("knowledge_source", input.sourceId);
    const changed = await changeSourceRole(ctx.db, input);
    ctx.audit.detail({ from: changed.previousRole, to: changed.role });
    return changed;
  },
});

export const releaseChunkAction = defineAction({
  name: "knowledge.release_chunk",
  permission: "knowledge:release",
  mutates: true,
  input: workspaceScopedInput.extend({ chunkId: z.string().min(1).max(64) }),
  async handler({ input, ctx }) {
    ctx.audit.target("knowledge_chunk", input.chunkId);
    const released = await releaseFlaggedChunk(ctx.db, { ...input, actorId: ctx.actor.id });
    ctx.audit.detail({ sourceId: released.sourceId, rules: released.flags.map((flag) => flag.rule) });
    return { chunkId: released.id };
  },
});

export const searchKnowledgeAction = defineAction({
  name: "knowledge.search",
  permission: "knowledge:read",
  mutates: false,
  input: workspaceScopedInput.extend({
    query: z.string().trim().min(1, "validation.knowledge.typeQuestionKeywords").max(1000),
    k: z.number().int().min(1).max(50).default(10),
    kinds: z.array(z.enum(SOURCE_KINDS)).max(SOURCE_KINDS.length).optional(),
    languages: z.array(z.enum(LANGUAGES)).max(2).optional(),
    categories: z.array(z.string().max(200)).max(20).optional(),
    rerank: z.boolean().default(true),
    mmrLambda: z.number().min(0).max(1).optional(),
  }),
  async handler({ input, ctx }) {
    const started = performance.now();
    const results = await retrieve(ctx.db, {
      workspaceId: input.workspaceId,
      query: input.query,
      viewer: { role: ctx.membership.role },
      filters: { kinds: input.kinds, languages: input.languages, categories: input.categories },
      k: input.k,
      purpose: "playground",
      rerank: input.rerank,
      mmrLambda: input.mmrLambda,
    });
    return { results, tookMs: Math.round(performance.now() - started) };
  },
});
