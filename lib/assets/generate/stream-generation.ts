import "server-only";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { and, eq } from "drizzle-orm";
import { isAppError, toPublicError } from "@/lib/errors";
import { assets, assetVersions } from "@/lib/db/schema";
import { loadCitedSources } from "@/lib/review/cited-sources";
import { classificationsFor } from "@/lib/knowledge/classification";
import { saveGeneratedDraft } from "@/lib/assets/drafts/save-generated-draft";
import { readComplianceReport } from "@/lib/assets/compliance/types";
import type { BriefInput } from "./brief";
import { generateAsset } from "./generate-asset";
import { loadBriefContext, type BriefContext } from "./prepare-generation";
import type { GenerationEventInput } from "./stream-events";

/** Partial objects arrive per token; the browser needs a fresh one about every 50 ms at most. */
const PARTIAL_INTERVAL_MS = 50;

export type AssetGenerationOptions = {
  workspaceId: string;
  userId: string;
  actorLabel: string;
  role: Role;
  brief: BriefInput;
  /** Keys the saved drafts (`request:<id>:<kind>`): the same id again returns those drafts. */
  requestId: string | null;
  /** "Another variant" of the brief's single asset kind (1–3); absent for a first run. */
  variant?: number;
  /** The request's signal: when the client disconnects, the model call ends as `aborted` and no further kinds start. */
  abortSignal?: AbortSignal;
};

/**
 * Runs the pipeline for each asset kind of a brief, one after the other, and writes the events as
 * NDJSON (the Generate page's stream). One kind failing (no model, budget) is reported for that
 * kind; the others go on.
 */
export function streamAssetGeneration(db: Database, options: AssetGenerationOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      await runAssetGeneration(db, options, (event) => {
        // Nobody reads a stream whose client went away (enqueue would throw on a cancelled one).
        if (!options.abortSignal?.aborted) controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      });
      if (!options.abortSignal?.aborted) controller.close();
    },
  });
}

/**
 * The generation itself, reporting each event to `send` (start, partials, a result or an error per
 * kind, then done): the page's NDJSON stream and the REST API's NDJSON/SSE/JSON answers share it.
 * Each draft is saved (and audited) as its kind finishes.
 */
export async function runAssetGeneration(db: Database, options: AssetGenerationOptions, send: (event: GenerationEventInput) => void): Promise<void> {
  const briefAt = new Date();
  // Loaded on the first kind that needs it and shared by the others.
  let briefContext: BriefContext | null = null;
  for (const kind of options.brief.assetKinds) {
    if (options.abortSignal?.aborted) break;
    send({ type: "start", kind });
    let lastPartialAt = 0;
    try {
      const variantSuffix = options.variant ? `:variant:${options.variant}` : "";
      const idempotencyKey = options.requestId ? `request:${options.requestId}:${kind}${variantSuffix}` : null;
      // A retried request gets the draft it already made (no second model call, and the
      // content shown is the content saved under that id).
      const replay = idempotencyKey ? await loadSavedDraft(db, { workspaceId: options.workspaceId, idempotencyKey, role: options.role }) : null;
      if (replay) {
        send({ type: "result", kind, ...replay });
        continue;
      }
      briefContext ??= await loadBriefContext(db, { workspaceId: options.workspaceId, role: options.role, brief: options.brief });
      const generated = await generateAsset(db, {
        workspaceId: options.workspaceId,
        userId: options.userId,
        role: options.role,
        brief: options.brief,
        kind,
        briefContext,
        variant: options.variant,
        abortSignal: options.abortSignal,
        onPartial: (content) => {
          const now = performance.now();
          if (now - lastPartialAt < PARTIAL_INTERVAL_MS) return;
          lastPartialAt = now;
          send({ type: "partial", kind, content });
        },
      });
      const saved = await saveGeneratedDraft(db, {
        workspaceId: options.workspaceId,
        userId: options.userId,
        actorLabel: options.actorLabel,
        generated,
        idempotencyKey,
        briefAt,
      });
      send({
        type: "result",
        kind,
        assetId: saved.assetId,
        version: saved.version,
        content: generated.content,
        validation: generated.validation,
        omissions: generated.omissions,
        sources: generated.sources,
        model: generated.provenance.model,
        isLocalExtractive: generated.provenance.isLocalExtractive,
        isBestEffort: generated.isBestEffort,
        privacy: generated.disclosure,
        compliance: saved.compliance,
      });
    } catch (error) {
      if (!isAppError(error)) console.error("[generate] unexpected error:", error);
      send({ type: "error", kind, error: toPublicError(error) });
    }
  }
  send({ type: "done" });
}

async function loadSavedDraft(db: Database, options: { workspaceId: string; idempotencyKey: string; role: Role }) {
  const [asset] = await db
    .select({ id: assets.id, version: assets.currentVersion })
    .from(assets)
    .where(and(eq(assets.workspaceId, options.workspaceId), eq(assets.idempotencyKey, options.idempotencyKey)));
  if (!asset) return null;
  const [version] = await db.select().from(assetVersions).where(and(eq(assetVersions.assetId, asset.id), eq(assetVersions.version, asset.version)));
  if (!version) return null;
  const sources = await loadCitedSources(db, {
    workspaceId: options.workspaceId,
    assetId: asset.id,
    content: version.content,
    classifications: classificationsFor(options.role),
  });
  return {
    assetId: asset.id,
    version: asset.version,
    content: version.content,
    validation: version.validation,
    omissions: version.omissions ?? [],
    sources,
    model: version.provenance?.model ?? null,
    isLocalExtractive: version.provenance?.isLocalExtractive ?? false,
    isBestEffort: false,
    privacy: version.provenance?.disclosure ?? null,
    compliance: readComplianceReport(version.compliance),
  };
}
