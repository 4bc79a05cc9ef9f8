import "server-only";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import type { AssetProvenance } from "@/lib/db/schema/assets";
import type { Asset, AssetKind } from "@/lib/assets/schemas/asset";
import type { SourcePassage } from "@/lib/assets/schemas/source-passage";
import type { ValidationReport } from "@/lib/assets/validate/types";
import type { Omission } from "@/lib/assets/schemas/omission";
import { ASSET_PROMPT_VERSION } from "@/lib/ai/tasks/generate-asset/prompt";
import { runGenerateAsset } from "@/lib/ai/tasks/generate-asset/run";
import { buildDisclosure, redactionCounts, type ModelDisclosure, type RedactionCount } from "@/lib/ai/disclosure";
import type { BriefInput } from "./brief";
import { prepareGeneration, type BriefContext } from "./prepare-generation";
import { pipelineOmissions } from "./pipeline-omissions";
import { toPassage } from "./source-passages";
import { translatedFrom } from "./translated-from";

export type GeneratedAsset = {
  kind: AssetKind;
  content: Asset;
  validation: ValidationReport;
  /** What the brief asked for that the asset leaves out, and why (stored in asset_versions.omissions). */
  omissions: Omission[];
  provenance: AssetProvenance;
  /** The passages the asset could cite, for the citation popovers. */
  sources: SourcePassage[];
  /** True when no model produced a valid asset and this is the best attempt, with its report. */
  isBestEffort: boolean;
  /** Personal data removed from the brief before anything was sent, by type. */
  redactions: RedactionCount[];
  /** What was sent to whom for this result (the privacy note). */
  disclosure: ModelDisclosure;
};

export type GenerateAssetOptions = {
  workspaceId: string;
  userId: string;
  role: Role;
  brief: BriefInput;
  kind: AssetKind;
  /** Called with each partial object as it streams in. */
  onPartial?: (partial: unknown) => void;
  /** A background job (batch): not counted against the user's interactive per-minute limit. */
  isBackground?: boolean;
  /** The request's signal: a client that disconnects ends the model call as `aborted`. */
  abortSignal?: AbortSignal;
  /** The brief's shared context when several asset kinds are generated for it (loadBriefContext). */
  briefContext?: BriefContext;
  /** "Another variant": 1–3 asks for a different wording of the same brief (PromptBrief.variant). */
  variant?: number;
};

/**
 * The generation pipeline for one asset kind: redact the brief → retrieve → versioned prompt
 * (prepare-generation.ts) → the generate-asset task (lib/ai/tasks/generate-asset: router,
 * validate, repair, fallback, best effort) → the asset with its provenance. Saving it as a draft
 * is the caller's next step (save-generated-draft.ts).
 */
export async function generateAsset(db: Database, options: GenerateAssetOptions): Promise<GeneratedAsset> {
  const started = performance.now();
  const { brief, redactions, placeholders, chunks, instructions, prompt, validationContext, promptBrief, campaign } = await prepareGeneration(db, options);
  const outcome = await runGenerateAsset(db, {
    workspaceId: options.workspaceId,
    userId: options.userId,
    isBackground: options.isBackground,
    abortSignal: options.abortSignal,
    kind: options.kind,
    instructions,
    prompt,
    validationContext,
    sourceIds: [...new Set(chunks.map((c) => c.sourceId))],
    // A quoted passage marked at ingestion as holding personal data keeps the call local.
    quotesPersonalData: chunks.some((c) => c.holdsPersonalData),
    onPartial: options.onPartial,
    // The model sees only placeholders; the draft gets the values the marketer typed. The
    // provenance below keeps the redacted brief.
    placeholders,
  });
  // Whatever shape the brief redaction reports (a total today, findings by type with the PII
  // detector), the note shows counts by type.
  const redactionsByType = redactionCounts(redactions);
  const disclosure = buildDisclosure({
    model: outcome.modelId,
    cacheHit: outcome.cacheHit,
    sent: outcome.sent,
    redactions: redactionsByType,
  });
  return {
    kind: options.kind,
    redactions: redactionsByType,
    disclosure,
    content: outcome.content,
    validation: outcome.validation,
    omissions: pipelineOmissions({ modelOmissions: outcome.omissions, brief: promptBrief, chunks }),
    isBestEffort: outcome.isBestEffort,
    sources: chunks.map(toPassage),
    provenance: {
      // A campaign brief keeps its campaign and the offer it stated (an inherited one by its code),
      // so the asset is filed under the campaign and a regenerated field states the same offer.
      brief: { ...brief, kind: options.kind, ...(campaign ? { campaignId: campaign.campaignId, offerCode: campaign.offer?.code ?? null } : {}) } as Record<string, unknown>,
      templateVersion: ASSET_PROMPT_VERSION,
      routerCallIds: outcome.callId ? [outcome.callId] : [],
      model: outcome.modelId,
      attempts: outcome.attempts,
      routeReasons: outcome.reasons,
      chunks: chunks.map((c) => ({ chunkId: c.chunkId, sourceId: c.sourceId, version: c.version })),
      tokens: outcome.tokens,
      costUsd: outcome.costUsd,
      latencyMs: Math.round(performance.now() - started),
      redactions,
      isLocalExtractive: outcome.modelId.startsWith("local:"),
      translatedFrom: translatedFrom(outcome.content, chunks),
      disclosure,
    },
  };
}
