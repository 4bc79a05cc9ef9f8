"use server";

import { z } from "zod";
import { approvalAuditDetail } from "@/lib/review/approval-audit";
import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { transitionAsset } from "@/lib/review/transition-asset";
import { addComment, setCommentResolved } from "@/lib/review/comments";

const assetInput = workspaceScopedInput.extend({ assetId: z.string().min(1).max(64) });
const comment = z.string().trim().max(2_000, "validation.review.keepCommentUnder2");
/** The version the reviewer saw; a newer one answers a conflict instead of being decided unseen. */
const expectedVersion = z.number().int().min(1).optional();

export const requestChangesAction = defineAction({
  name: "review.request_changes",
  permission: "asset:review",
  mutates: true,
  input: assetInput.extend({ comment: comment.min(1, "validation.review.sayWhatShouldChange"), expectedVersion }),
  async handler({ input, ctx }) {
    ctx.audit.target("asset", input.assetId);
    const result = await transitionAsset(ctx.db, { ...input, actorId: ctx.actor.id, role: ctx.membership.role, action: "request_changes" });
    ctx.audit.detail({ version: result.version, comment: input.comment });
    return result;
  },
});

export const approveAssetAction = defineAction({
  name: "review.approve",
  permission: "asset:approve",
  mutates: true,
  input: assetInput.extend({ comment: comment.optional(), overrideReason: z.string().trim().max(1_000).optional(), expectedVersion }),
  async handler({ input, ctx }) {
    ctx.audit.target("asset", input.assetId);
    const result = await transitionAsset(ctx.db, { ...input, actorId: ctx.actor.id, role: ctx.membership.role, action: "approve" });
    ctx.audit.detail(approvalAuditDetail(input, result));
    return result;
  },
});

export const publishAssetAction = defineAction({
  name: "review.publish",
  permission: "asset:publish",
  mutates: true,
  input: assetInput.extend({ comment: comment.optional(), expectedVersion }),
  async handler({ input, ctx }) {
    ctx.audit.target("asset", input.assetId);
    const result = await transitionAsset(ctx.db, { ...input, actorId: ctx.actor.id, role: ctx.membership.role, action: "publish" });
    ctx.audit.detail({ version: result.version });
    return result;
  },
});

export const archiveAssetAction = defineAction({
  name: "review.archive",
  permission: "asset:publish",
  mutates: true,
  input: assetInput.extend({ comment: comment.optional() }),
  async handler({ input, ctx }) {
    ctx.audit.target("asset", input.assetId);
    const result = await transitionAsset(ctx.db, { ...input, actorId: ctx.actor.id, role: ctx.membership.role, action: "archive" });
    ctx.audit.detail({ version: result.version, comment: input.comment ?? null });
    return result;
  },
});

/** Comments: the people who edit or review assets (authors answer, editors ask); readers only read. */
export const addCommentAction = defineAction({
  name: "review.add_comment",
  permission: "asset:edit",
  mutates: true,
  input: assetInput.extend({ fieldPath: z.string().max(100).nullable(), body: comment.min(1, "validation.review.writeComment") }),
  async handler({ input, ctx }) {
    ctx.audit.target("asset", input.assetId);
    ctx.audit.detail({ fieldPath: input.fieldPath });
    return addComment(ctx.db, { ...input, authorId: ctx.actor.id });
  },
});

export const resolveCommentAction = defineAction({
  name: "review.resolve_comment",
  permission: "asset:edit",
  mutates: true,
  input: workspaceScopedInput.extend({ commentId: z.string().min(1).max(64), resolved: z.boolean() }),
  async handler({ input, ctx }) {
    const result = await setCommentResolved(ctx.db, { ...input, userId: ctx.actor.id });
    ctx.audit.target("asset", result.assetId);
    ctx.audit.detail({ commentId: input.commentId, resolved: input.resolved });
    return { resolved: input.resolved };
  },
});
