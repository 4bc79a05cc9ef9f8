import { z } from "zod";
import { BriefInputSchema, MAX_VARIANT, type BriefInput } from "./brief";
import { productKindRefusalMessage } from "./product-kinds";

/** A generation request's fields: the brief, and "another variant" of one kind. */
export const generateRequestShape = {
  brief: BriefInputSchema,
  /** "Another variant" (1–3) of one asset kind: the card asks for the next wording of its own kind. */
  variant: z.number().int().min(1, "validation.assets.variant123").max(MAX_VARIANT, "validation.assets.variant1").optional(),
};

/**
 * The rules a generation request must meet before anything streams, for every entry point that
 * starts one (the Generate page's route and REST v1), as a superRefine: a variant is for one
 * channel, and a product-only kind needs a product.
 */
export function checkGenerateRequest(input: { brief: BriefInput; variant?: number }, ctx: z.RefinementCtx): void {
  if (input.variant !== undefined && input.brief.assetKinds.length !== 1) {
    ctx.addIssue({ code: "custom", message: "validation.assets.variantOneChannel", path: ["variant"] });
  }
  const refusal = productKindRefusalMessage(input.brief);
  if (refusal) ctx.addIssue({ code: "custom", message: "validation.assets.productKindNeedsProduct", params: refusal.params, path: ["brief", "assetKinds"] });
}
