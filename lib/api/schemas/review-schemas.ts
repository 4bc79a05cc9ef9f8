import { z } from "zod";
import { ASSET_STATES } from "@/lib/db/schema/assets";

/** The review actions' inputs, with the Review page's limits and messages (app/(app)/[workspace]/review/actions.ts). */
export const reviewComment = z.string().trim().max(2_000, "Keep the comment under 2,000 characters");
export const expectedVersion = z.number().int().min(1).optional().describe("The version you reviewed: if a newer one was saved since, the call answers 409 instead of deciding unseen.");

export const transitionResultSchema = z.object({
  state: z.enum(ASSET_STATES),
  version: z.number().int(),
});
