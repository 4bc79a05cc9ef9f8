"use server";

import { z } from "zod";
import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { editAsset } from "@/lib/assets/drafts/edit-asset";
import { submitForReview } from "@/lib/assets/drafts/submit-for-review";
import { previewCompliance } from "@/lib/assets/compliance/preview-compliance";
import { BriefInputSchema } from "@/lib/assets/generate/brief";
import { regenerateField } from "@/lib/assets/generate/regenerate-field";
import { changeBatchStatus, MAX_BATCH_PRODUCTS, startBatch } from "@/lib/assets/batch/manage-batch";
import { wakeWorkerAfterResponse } from "@/lib/jobs/wake-worker";
import { archiveDraft, restoreDraft } from "@/lib/assets/drafts/archive-draft";
import { deleteBriefTemplate, listBriefTemplates, saveBriefTemplate } from "@/lib/assets/briefs/brief-templates";

const assetInput = workspaceScopedInput.extend({ assetId: z.string().min(1).max(64) });

/** Saves inline edits as a new version (re-validated); a stale base version is a conflict. */
export const saveAssetEditAction = defineAction({
  name: "assets.save_edit",
  permission: "asset:edit",
  mutates: true,
  input: assetInput.extend({ baseVersion: z.number().int().min(1), content: z.record(z.string(), z.unknown()) }),
  async handler({ input, ctx }) {
    ctx.audit.target("asset", input.assetId);
    const result = await editAsset(ctx.db, { ...input, userId: ctx.actor.id, role: ctx.membership.role });
    ctx.audit.detail({ version: result.version, valid: result.validation.valid, errors: result.validation.counts.errors, complianceScore: result.compliance.score });
    return result;
  },
});

/** The compliance score of unsaved edits, shown live while editing (nothing is stored). */
export const previewComplianceAction = defineAction({
  name: "assets.preview_compliance",
  permission: "asset:edit",
  mutates: false,
  input: assetInput.extend({ content: z.record(z.string(), z.unknown()) }),
  async handler({ input, ctx }) {
    return previewCompliance(ctx.db, input);
  },
});

/** A new text for one field, from the sources; lands in the editor unsaved. */
export const regenerateFieldAction = defineAction({
  name: "assets.regenerate_field",
  permission: "asset:edit",
  mutates: false,
  input: assetInput.extend({ path: z.string().min(1).max(100), content: z.record(z.string(), z.unknown()) }),
  async handler({ input, ctx }) {
    return regenerateField(ctx.db, { ...input, userId: ctx.actor.id, role: ctx.membership.role });
  },
});

export const submitAssetForReviewAction = defineAction({
  name: "assets.submit_for_review",
  permission: "asset:submit",
  mutates: true,
  input: assetInput,
  async handler({ input, ctx }) {
    ctx.audit.target("asset", input.assetId);
    const result = await submitForReview(ctx.db, { ...input, userId: ctx.actor.id, role: ctx.membership.role });
    ctx.audit.detail({ version: result.version, complianceScore: result.complianceScore });
    return result;
  },
});

const batchBriefInput = BriefInputSchema.omit({ productSourceId: true });

/** One draft per product and asset kind, generated in the background; the same batch twice is one batch. */
export const startBatchAction = defineAction({
  name: "assets.start_batch",
  permission: "asset:generate",
  mutates: true,
  input: workspaceScopedInput.extend({ brief: batchBriefInput, productSourceIds: z.array(z.string().min(1).max(64)).min(1, "validation.generate.selectAtLeastOne").max(MAX_BATCH_PRODUCTS) }),
  async handler({ input, ctx }) {
    const result = await startBatch(ctx.db, { workspaceId: input.workspaceId, userId: ctx.actor.id, brief: input.brief, productSourceIds: input.productSourceIds });
    ctx.audit.target("generation_batch", result.batchId);
    // The audit detail keeps the key it has always been recorded under.
    ctx.audit.detail({ products: input.productSourceIds.length, channels: input.brief.assetKinds, created: result.created, ...(input.brief.campaignId ? { campaignId: input.brief.campaignId } : {}) });
    wakeWorkerAfterResponse();
    return result;
  },
});

export const changeBatchStatusAction = defineAction({
  name: "assets.change_batch_status",
  permission: "asset:generate",
  mutates: true,
  input: workspaceScopedInput.extend({ batchId: z.string().min(1).max(64), change: z.enum(["pause", "resume", "cancel"]) }),
  async handler({ input, ctx }) {
    ctx.audit.target("generation_batch", input.batchId);
    ctx.audit.detail({ change: input.change });
    const result = await changeBatchStatus(ctx.db, { ...input, userId: ctx.actor.id, role: ctx.membership.role });
    if (input.change === "resume") wakeWorkerAfterResponse();
    return result;
  },
});

/** Hides the member's own draft from the library (an admin: anyone's); restorable. "Discard" on a new result is this. */
export const archiveDraftAction = defineAction({
  name: "assets.archive_draft",
  permission: "asset:edit",
  mutates: true,
  input: assetInput.extend({ reason: z.enum(["discard", "archive"]).default("archive") }),
  async handler({ input, ctx }) {
    ctx.audit.target("asset", input.assetId);
    ctx.audit.detail({ reason: input.reason });
    return archiveDraft(ctx.db, { ...input, userId: ctx.actor.id, role: ctx.membership.role });
  },
});

export const restoreDraftAction = defineAction({
  name: "assets.restore_draft",
  permission: "asset:edit",
  mutates: true,
  input: assetInput,
  async handler({ input, ctx }) {
    ctx.audit.target("asset", input.assetId);
    return restoreDraft(ctx.db, { ...input, userId: ctx.actor.id, role: ctx.membership.role });
  },
});

/** A brief kept under a name for the whole workspace; answers with the updated list for the picker. */
export const saveBriefTemplateAction = defineAction({
  name: "briefs.save_template",
  permission: "asset:generate",
  mutates: true,
  input: workspaceScopedInput.extend({ name: z.string().trim().min(1, "validation.generate.nameTemplate").max(120, "validation.generate.keepNameUnder120"), brief: BriefInputSchema }),
  async handler({ input, ctx }) {
    const { id } = await saveBriefTemplate(ctx.db, { workspaceId: input.workspaceId, userId: ctx.actor.id, name: input.name, brief: input.brief });
    ctx.audit.target("brief_template", id);
    return { templates: await listBriefTemplates(ctx.db, { workspaceId: input.workspaceId }) };
  },
});

export const deleteBriefTemplateAction = defineAction({
  name: "briefs.delete_template",
  permission: "asset:generate",
  mutates: true,
  input: workspaceScopedInput.extend({ templateId: z.string().min(1).max(64) }),
  async handler({ input, ctx }) {
    ctx.audit.target("brief_template", input.templateId);
    await deleteBriefTemplate(ctx.db, { ...input, userId: ctx.actor.id, role: ctx.membership.role });
    return { templates: await listBriefTemplates(ctx.db, { workspaceId: input.workspaceId }) };
  },
});
