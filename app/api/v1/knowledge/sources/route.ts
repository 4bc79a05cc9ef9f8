import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import {
  classificationSchema,
  languageChoiceSchema,
  optionalUrlSchema,
  pasteTextSchema,
  sourceRoleChoiceSchema,
  uploadFileSchema,
} from "@/lib/knowledge/input-schemas";
import { MAX_UPLOAD_BYTES } from "@/lib/knowledge/limits";
import { addPastedSource, addUploadedSource } from "@/lib/knowledge/sources/add-source";

const metadata = {
  kind: sourceRoleChoiceSchema.default("auto").describe("Source role, or auto (guessed from the name and first heading)."),
  classification: classificationSchema.default("internal"),
  language: languageChoiceSchema.prefault("auto"),
  canonicalUrl: optionalUrlSchema,
};

const sourceInput = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("file"),
    file: uploadFileSchema,
    title: z.string().trim().max(200).optional(),
    sourceId: z.string().max(64).optional().describe("Upload as a new version of this source."),
    ...metadata,
  }),
  z.object({
    type: z.literal("text"),
    title: z.string().trim().min(1, "Give the text a title").max(200),
    text: pasteTextSchema,
    format: z.enum(["markdown", "text"]).default("markdown"),
    ...metadata,
  }),
]);

/**
 * Adds a source the way the Knowledge page does (knowledge.upload / knowledge.paste actions): the
 * same schemas, limits and domain functions, queued for ingestion in the same transaction. Poll
 * GET /api/v1/jobs/{jobId} for the ingestion. A file travels base64-encoded in the JSON body.
 */
export const POST = defineApiRoute({
  name: "api.knowledge.add_source",
  method: "POST",
  path: "/api/v1/knowledge/sources",
  tag: "Knowledge",
  summary: "Add a source (a file or text) to the knowledge base",
  description: `Either \`file\` (Markdown, text, HTML or PDF, base64, up to ${Math.round(MAX_UPLOAD_BYTES / 1024 / 1024)} MB) or \`text\` with a \`title\`. Answers 202: ingestion runs in the background.`,
  permission: "knowledge:write",
  successStatus: 202,
  // base64 grows the file by a third; the schema itself enforces the decoded size.
  maxBodyBytes: Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 64 * 1024,
  input: sourceInput,
  output: z.object({
    sourceId: z.string(),
    versionId: z.string().nullable(),
    version: z.number().int(),
    isUnchanged: z.boolean(),
    role: z.string(),
    jobId: z.string().nullable().describe("The ingestion job; null when nothing changed."),
  }),
  async handler({ input, ctx }) {
    const common = { workspaceId: ctx.membership.workspaceId, actorId: ctx.actor.id };
    const body = input;
    if (body.type === "file") {
      const { byteLength, ...added } = await addUploadedSource(ctx.db, { ...body, ...common });
      ctx.audit.target("knowledge_source", added.sourceId);
      ctx.audit.detail({ fileName: body.file.fileName, bytes: byteLength, version: added.version, role: added.role, jobId: added.jobId });
      return added;
    }
    const added = await addPastedSource(ctx.db, { ...body, ...common });
    ctx.audit.target("knowledge_source", added.sourceId);
    ctx.audit.detail({ title: body.title, characters: body.text.length, role: added.role, jobId: added.jobId });
    return added;
  },
});
