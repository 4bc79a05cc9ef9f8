import "server-only";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { isAppError, toPublicError } from "@/lib/errors";
import { saveGeneratedDraft } from "@/lib/assets/drafts/save-generated-draft";
import type { BriefInput } from "./brief";
import { generateAsset } from "./generate-asset";
import type { GenerationEvent } from "./stream-events";

/** Partial objects arrive per token; the browser needs a fresh one about every 50 ms at most. */
const PARTIAL_INTERVAL_MS = 50;

/**
 * Runs the pipeline for each channel of a brief, one after the other, and writes the events as
 * NDJSON. One channel failing (no model, budget) is reported for that channel; the others go on.
 */
export function streamAssetGeneration(
  db: Database,
  options: { workspaceId: string; userId: string; actorLabel: string; role: Role; brief: BriefInput; requestId: string | null },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const briefAt = new Date();
  return new ReadableStream({
    async start(controller) {
      const send = (event: GenerationEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      for (const kind of options.brief.channels) {
        send({ type: "start", kind });
        let lastPartialAt = 0;
        try {
          const generated = await generateAsset(db, {
            workspaceId: options.workspaceId,
            userId: options.userId,
            role: options.role,
            brief: options.brief,
            kind,
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
            idempotencyKey: options.requestId ? `request:${options.requestId}:${kind}` : null,
            briefAt,
          });
          send({
            type: "result",
            kind,
            assetId: saved.assetId,
            version: saved.version,
            content: generated.content,
            validation: generated.validation,
            sources: generated.sources,
            model: generated.provenance.model,
            isLocalExtractive: generated.provenance.isLocalExtractive,
            isBestEffort: generated.isBestEffort,
          });
        } catch (error) {
          if (!isAppError(error)) console.error("[generate] unexpected error:", error);
          send({ type: "error", kind, error: toPublicError(error) });
        }
      }
      send({ type: "done" });
      controller.close();
    },
  });
}
