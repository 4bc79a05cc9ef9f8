import "server-only";
import { NoObjectGeneratedError, Output, streamText, type ModelMessage } from "ai";
import type { AssetProvenance } from "@/lib/db/schema/assets";
import type { Asset, AssetKind } from "@/lib/assets/schemas/asset";
import { validateAsset, type AssetValidationContext } from "@/lib/assets/validate/validate-asset";
import { formatIssuesForRepair } from "@/lib/assets/validate/repair-feedback";
import type { ValidationReport } from "@/lib/assets/validate/types";
import { concealPlaceholderValues, restorePlaceholdersDeep, type PlaceholderMap } from "@/lib/privacy/pii/redact";
import type { RoutedCall } from "../../router";
import { InvalidModelOutputError } from "../../routing/errors";
import { buildRepairMessage } from "./prompt";
import type { Omission } from "@/lib/assets/schemas/omission";
import { assetOutputSchema, splitOmissions, withOmissionsDefault } from "./schema";
import type { WastedUsage } from "./wasted-usage";

/** Repair rounds per model: the exact validation errors go back to the model at most this often. */
export const MAX_REPAIR_ROUNDS = 2;

export type AssetAttemptValue = { content: Asset; validation: ValidationReport; omissions: Omission[] };

/** What the attempts across models leave behind, for provenance and the best-effort answer. */
export type RepairLog = {
  attempts: AssetProvenance["attempts"];
  best: { content: Asset; validation: ValidationReport; omissions: Omission[]; modelId: string } | null;
  /** Tokens of models whose output stayed invalid (the successful call adds its own). */
  tokens: { input: number; output: number };
  wasted: WastedUsage[];
};

export function emptyRepairLog(): RepairLog {
  return { attempts: [], best: null, tokens: { input: 0, output: 0 }, wasted: [] };
}

/**
 * One routed attempt of the generate-asset task on one model: stream the structured output,
 * validate it (schema, platform, brand, grounding), and send the exact errors back to the same
 * model at most MAX_REPAIR_ROUNDS times. Still invalid: throws InvalidModelOutputError, so the
 * router falls back to the next model; the best attempt so far stays in the log.
 *
 * `placeholders` (the brief's redaction map) are put back into the output before validation, so
 * the asset validated and saved holds the contact name or phone number the marketer typed; what
 * goes back to the model for a repair keeps the placeholders (its own text, and the feedback
 * with every restored value concealed again).
 */
export function assetRepairLoop(options: {
  kind: AssetKind;
  instructions: string;
  prompt: string;
  validationContext: AssetValidationContext;
  onPartial?: (partial: unknown) => void;
  log: RepairLog;
  placeholders?: PlaceholderMap;
}): RoutedCall<AssetAttemptValue>["run"] {
  const { kind, instructions, prompt, validationContext, log } = options;
  const placeholders: PlaceholderMap = options.placeholders ?? new Map();
  const schema = assetOutputSchema(kind);
  return async ({ entry, model, uncachedModel, signal, telemetry, markFirstToken, discardCachedAnswer }) => {
    const messages: ModelMessage[] = [{ role: "user", content: prompt }];
    const usage = { inputTokens: 0, outputTokens: 0 };
    for (let round = 0; round <= MAX_REPAIR_ROUNDS; round++) {
      // streamText reports a failed request inside the stream and then only says "no output";
      // keep the real error (a 503, a timeout) so the router can classify, retry and fall back.
      let streamError: unknown = null;
      const stream = streamText({
        onError: ({ error }) => {
          streamError ??= error;
        },
        // A repair turn must reach the model: a cached answer to the first turn is what failed.
        model: round === 0 ? model : uncachedModel,
        instructions,
        messages,
        output: Output.object({ name: kind, schema }),
        abortSignal: signal,
        maxRetries: 0,
        telemetry,
      });
      for await (const partial of stream.partialOutputStream) {
        markFirstToken();
        options.onPartial?.(restorePlaceholdersDeep(partial, placeholders));
      }
      if (streamError) throw streamError;
      const stepUsage = await stream.usage;
      usage.inputTokens += stepUsage.inputTokens ?? 0;
      usage.outputTokens += stepUsage.outputTokens ?? 0;
      let output: unknown;
      let rawText: string;
      try {
        output = await stream.output;
        rawText = JSON.stringify(output);
      } catch (error) {
        // Not JSON, or JSON of the wrong shape: validate the raw text so the repair prompt can
        // name what is wrong, like any other validation failure.
        if (!NoObjectGeneratedError.isInstance(error)) throw error;
        rawText = error.text ?? "";
        output = safeJson(rawText);
      }
      output = withOmissionsDefault(restorePlaceholdersDeep(output, placeholders));
      const validation = validateAsset(output, validationContext);
      log.attempts.push({ modelId: entry.id, outcome: validation.valid ? "valid" : "invalid", repairRound: round, errors: validation.counts.errors });
      const parsed = schema.safeParse(output);
      if (parsed.success && (!log.best || validation.counts.errors < log.best.validation.counts.errors)) {
        log.best = { ...splitOmissions(parsed.data), validation, modelId: entry.id };
      }
      if (validation.valid && parsed.success) return { value: { ...splitOmissions(parsed.data), validation }, usage };
      // An invalid first answer must not be cached: the next identical brief would replay it.
      if (round === 0) await discardCachedAnswer();
      messages.push({ role: "assistant", content: rawText }, { role: "user", content: concealPlaceholderValues(buildRepairMessage(formatIssuesForRepair(validation)), placeholders) });
    }
    log.tokens.input += usage.inputTokens;
    log.tokens.output += usage.outputTokens;
    log.wasted.push({ entry, usage });
    throw new InvalidModelOutputError(`Still invalid after ${MAX_REPAIR_ROUNDS} repair rounds`);
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
