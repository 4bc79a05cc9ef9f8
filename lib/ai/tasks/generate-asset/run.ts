import "server-only";
import type { Database } from "@/lib/db/types";
import type { AssetProvenance } from "@/lib/db/schema/assets";
import type { Asset, AssetKind } from "@/lib/assets/schemas/asset";
import type { AssetValidationContext } from "@/lib/assets/validate/validate-asset";
import type { ValidationReport } from "@/lib/assets/validate/types";
import type { Omission } from "@/lib/assets/schemas/omission";
import type { PlaceholderMap } from "@/lib/privacy/pii/redact";
import { routeModelCall } from "../../router";
import type { SentRequest } from "../../usage/accounting-middleware";
import { RouterError, routerErrorToAppError } from "../../routing/errors";
import { routedRequest } from "../routed-request";
import { assetRepairLoop, emptyRepairLog } from "./repair-loop";
import { estimatedOutputTokens, TASK_FOR_KIND } from "./schema";
import { recordWastedUsage } from "./wasted-usage";

export type AssetTaskResult = {
  content: Asset;
  validation: ValidationReport;
  /** What the model says it left out of the brief, and why. */
  omissions: Omission[];
  modelId: string;
  /** True when no model produced a valid asset and this is the best attempt, with its report. */
  isBestEffort: boolean;
  callId: string;
  /** The successful call's cost plus what invalid outputs of other models cost. */
  costUsd: number;
  reasons: AssetProvenance["routeReasons"];
  attempts: AssetProvenance["attempts"];
  tokens: { input: number; output: number };
  /** Every request that reached a model, failed ones included (the privacy note counts them). */
  sent: SentRequest[];
  cacheHit: string;
};

/**
 * The generate-asset task: the router (`seo-asset` / `ad-variants`, structured output, streamed,
 * exact cache only) around the validate → repair loop; after every model failed, the best attempt
 * with its report (flagged, never silently).
 */
export async function runGenerateAsset(
  db: Database,
  options: {
    workspaceId: string;
    userId: string;
    isBackground?: boolean;
    abortSignal?: AbortSignal;
    kind: AssetKind;
    instructions: string;
    prompt: string;
    validationContext: AssetValidationContext;
    /** The knowledge sources the prompt quotes (the cache is dropped when one changes). */
    sourceIds: string[];
    /** A quoted chunk holds personal data (marked at ingestion): local or self-hosted models only. */
    quotesPersonalData?: boolean;
    onPartial?: (partial: unknown) => void;
    /** The brief's placeholders → the values typed into it: restored in the output before validation. */
    placeholders?: PlaceholderMap;
  },
): Promise<AssetTaskResult> {
  const log = emptyRepairLog();
  let outcome: Omit<AssetTaskResult, "attempts" | "tokens">;
  try {
    const routed = await routeModelCall(
      routedRequest({
        db,
        workspaceId: options.workspaceId,
        userId: options.userId,
        isBackground: options.isBackground,
        abortSignal: options.abortSignal,
        task: TASK_FOR_KIND[options.kind],
        instructions: options.instructions,
        prompt: options.prompt,
        estimatedOutputTokens: estimatedOutputTokens(options.kind),
        quotesPersonalData: options.quotesPersonalData,
        // Exact cache only: briefs for two products differ in a few words, and a semantic hit would
        // hand one product's ad to the other.
        cache: { sourceIds: options.sourceIds, semanticThreshold: null },
        run: assetRepairLoop({ kind: options.kind, instructions: options.instructions, prompt: options.prompt, validationContext: options.validationContext, onPartial: options.onPartial, log, placeholders: options.placeholders }),
      }),
    );
    log.tokens.input += routed.usage.inputTokens;
    log.tokens.output += routed.usage.outputTokens;
    outcome = { ...routed.value, modelId: routed.model.id, isBestEffort: false, callId: routed.callId, costUsd: routed.costUsd, reasons: routed.decision.reasons, sent: routed.sent, cacheHit: routed.cacheHit };
  } catch (error) {
    if (!(error instanceof RouterError)) throw error;
    if (error.kind !== "all_candidates_failed" || !log.best) throw routerErrorToAppError(error);
    outcome = { ...log.best, isBestEffort: true, callId: "", costUsd: 0, reasons: [], sent: error.sent, cacheHit: "none" };
  }
  const wastedCostUsd = await recordWastedUsage(db, options.workspaceId, log.wasted);
  return { ...outcome, costUsd: outcome.costUsd + wastedCostUsd, attempts: log.attempts, tokens: log.tokens };
}
