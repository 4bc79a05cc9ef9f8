"use server";

import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { MinimumScoresInputSchema, saveMinimumScores } from "@/lib/assets/compliance/minimum-score-settings";

/** The workspace's minimum compliance scores to submit and to approve (admins). */
export const saveMinimumScoresAction = defineAction({
  name: "brand.save_minimum_scores",
  permission: "settings:manage",
  mutates: true,
  input: workspaceScopedInput.extend(MinimumScoresInputSchema.shape),
  async handler({ input, ctx }) {
    ctx.audit.target("workspace", input.workspaceId);
    ctx.audit.detail({ minScoreToSubmit: input.minScoreToSubmit, minScoreToApprove: input.minScoreToApprove });
    await saveMinimumScores(ctx.db, { ...input, userId: ctx.actor.id });
    return { saved: true };
  },
});
