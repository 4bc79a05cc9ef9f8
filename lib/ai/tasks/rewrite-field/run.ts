import "server-only";
import type { Database } from "@/lib/db/types";
import type { CitedText } from "@/lib/assets/schemas/cited-text";
import { routeModelCall } from "../../router";
import { RouterError, routerErrorToAppError } from "../../routing/errors";
import { generateObjectOnce, routedRequest } from "../routed-request";
import { REWRITE_FIELD_OUTPUT, RewriteFieldOutputSchema } from "./schema";

/** The rewrite-field task: one field, one structured call, never from the cache. */
export async function runRewriteField(
  db: Database,
  options: { workspaceId: string; userId: string; instructions: string; prompt: string; quotesPersonalData?: boolean },
): Promise<{ field: CitedText; modelId: string }> {
  try {
    const routed = await routeModelCall(
      routedRequest({
        db,
        workspaceId: options.workspaceId,
        userId: options.userId,
        task: "rewrite-field",
        instructions: options.instructions,
        prompt: options.prompt,
        estimatedOutputTokens: 200,
        // A quoted chunk holds personal data (marked at ingestion): local or self-hosted only.
        quotesPersonalData: options.quotesPersonalData,
        // "Regenerate" asks for something new: a cached answer would give the same text back.
        cache: false,
        run: (attempt) => generateObjectOnce(attempt, { instructions: options.instructions, prompt: options.prompt, name: REWRITE_FIELD_OUTPUT, schema: RewriteFieldOutputSchema }),
      }),
    );
    return { field: routed.value, modelId: routed.model.id };
  } catch (error) {
    if (error instanceof RouterError) throw routerErrorToAppError(error);
    throw error;
  }
}
