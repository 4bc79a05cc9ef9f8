import "server-only";
import type { Database } from "@/lib/db/types";
import type { ReviewAction } from "@/lib/review/workflow";
import { enqueueWebhookEvent } from "./enqueue-delivery";

type ChangedAsset = { id: string; kind: string; language: "de" | "en"; title: string };

/**
 * The webhook event of a review transition (submit, approve, publish; the other steps send none),
 * queued in the transition's transaction. asset.published carries only its reference here: the
 * delivery reads the content from the version, which never changes.
 */
export async function enqueueReviewEvent(
  db: Database,
  options: {
    workspaceId: string;
    action: ReviewAction;
    asset: ChangedAsset;
    version: number;
    actorId: string;
    at: Date;
    compliance?: { score: number | null; minimum: number | null; belowMinimum: boolean };
    validationOverridden?: boolean;
  },
): Promise<string | null> {
  const { workspaceId, asset, version } = options;
  const ref = { id: asset.id, kind: asset.kind, language: asset.language, title: asset.title, version };
  const scope = { workspaceId, assetId: asset.id, version };
  switch (options.action) {
    case "submit":
      return enqueueWebhookEvent(db, { ...scope, event: "asset.submitted", data: { asset: { ...ref, submittedAt: options.at.toISOString() }, actor: { id: options.actorId } } });
    case "approve":
      return enqueueWebhookEvent(db, {
        ...scope,
        event: "asset.approved",
        data: { asset: { ...ref, approvedAt: options.at.toISOString() }, actor: { id: options.actorId }, compliance: options.compliance ?? null, validationOverridden: options.validationOverridden ?? false },
      });
    case "publish":
      return enqueueWebhookEvent(db, { ...scope, event: "asset.published", data: null });
    default:
      return null;
  }
}
