import "server-only";
import { z } from "zod";
import { brandSettings } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { EMPTY_BRAND_RULES } from "@/lib/assets/schemas/brand-rules";

const score = z.number().int("validation.assets.wholeNumberFrom0").min(0, "validation.assets.atLeast0").max(100, "validation.assets.atMost100").nullable();

/** Null: no minimum. The two are independent: a workspace may gate approval only. */
export const MinimumScoresInputSchema = z.object({ minScoreToSubmit: score, minScoreToApprove: score });
export type MinimumScoresInput = z.infer<typeof MinimumScoresInputSchema>;

/** Sets the workspace's minimum compliance scores; a workspace without brand settings gets empty rules with them. */
export async function saveMinimumScores(db: Database, options: MinimumScoresInput & { workspaceId: string; userId: string }) {
  const values = { minScoreToSubmit: options.minScoreToSubmit, minScoreToApprove: options.minScoreToApprove, updatedBy: options.userId, updatedAt: new Date() };
  await db
    .insert(brandSettings)
    .values({ workspaceId: options.workspaceId, rules: EMPTY_BRAND_RULES, ...values })
    .onConflictDoUpdate({ target: brandSettings.workspaceId, set: values });
}
