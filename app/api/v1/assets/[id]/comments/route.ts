import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { assetIdParams } from "@/lib/api/schemas/asset-schemas";
import { reviewComment } from "@/lib/api/schemas/review-schemas";
import { AppError } from "@/lib/errors";
import { addComment, listComments } from "@/lib/review/comments";
import { listVersions } from "@/lib/review/versions";

/** The asset page's comments, oldest first; everyone who reads assets reads them. */
export const GET = defineApiRoute({
  name: "api.assets.comments.list",
  method: "GET",
  path: "/api/v1/assets/{id}/comments",
  tag: "Review",
  summary: "List an asset's comments",
  permission: "asset:read",
  params: assetIdParams,
  input: z.object({}),
  output: z.object({
    comments: z.array(
      z.object({
        id: z.string(),
        fieldPath: z.string().nullable().describe("The field commented on (e.g. headlines[2].text); null for the whole asset."),
        version: z.number().int().describe("The version that was current when the comment was written."),
        body: z.string(),
        author: z.string().nullable(),
        createdAt: z.iso.datetime(),
        resolvedAt: z.iso.datetime().nullable(),
      }),
    ),
  }),
  async handler({ params, ctx }) {
    const scope = { workspaceId: ctx.membership.workspaceId, assetId: params.id };
    const comments = await listComments(ctx.db, scope);
    // No comments and no versions: not an asset of this workspace (a 404, like the page).
    if (comments.length === 0 && (await listVersions(ctx.db, scope)).length === 0) throw new AppError("not_found", { key: "api.assetDoesNotExist" });
    ctx.audit.target("asset", params.id);
    return {
      comments: comments.map((c) => ({
        id: c.id,
        fieldPath: c.fieldPath,
        version: c.version,
        body: c.body,
        author: c.authorName ?? c.authorEmail,
        createdAt: c.createdAt.toISOString(),
        resolvedAt: c.resolvedAt?.toISOString() ?? null,
      })),
    };
  },
});

/** Adds a comment (review.add_comment): the people who edit or review assets; readers only read. */
export const POST = defineApiRoute({
  name: "api.assets.comments.add",
  method: "POST",
  path: "/api/v1/assets/{id}/comments",
  tag: "Review",
  summary: "Comment on an asset",
  permission: "asset:edit",
  params: assetIdParams,
  successStatus: 201,
  input: z.object({
    body: reviewComment.min(1, "Write a comment"),
    fieldPath: z.string().max(100).nullable().default(null).describe("The field the comment is about, e.g. headlines[2].text; null or absent: the whole asset."),
  }),
  output: z.object({ commentId: z.string() }),
  async handler({ input, params, ctx }) {
    ctx.audit.target("asset", params.id);
    ctx.audit.detail({ fieldPath: input.fieldPath });
    return addComment(ctx.db, { workspaceId: ctx.membership.workspaceId, assetId: params.id, authorId: ctx.actor.id, fieldPath: input.fieldPath, body: input.body });
  },
});
