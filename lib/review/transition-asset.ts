import "server-only";
import { and, eq } from "drizzle-orm";
import { assets, assetTransitions, assetVersions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { createId } from "@/lib/ids";
import { AppError } from "@/lib/errors";
import { loadAssetForChange } from "@/lib/assets/drafts/edit-asset";
import { editorChangeRatio } from "./change-ratio";
import { checkTransition, type AssetState, type ReviewAction } from "./workflow";
import { enqueueReviewEvent } from "@/lib/webhooks/asset-events";
import { loadMinimumScores, loadVersionCompliance } from "@/lib/assets/compliance/load-compliance";
import { describeShortfall, isBelowMinimum } from "@/lib/assets/compliance/minimum-scores";
import { isNotifiedReviewAction, notifyReviewTransition } from "@/lib/notifications/review-notifications";
import { mailNotificationsAfterResponse } from "@/lib/notifications/mail-notifications";

export type TransitionResult = {
  state: AssetState;
  version: number;
  /** Approvals: the version's compliance score and whether it was below the minimum (approved with an override reason). */
  compliance?: { score: number | null; minimum: number | null; belowMinimum: boolean };
};

/**
 * Moves an asset through the editorial workflow (workflow.ts) and records the transition with
 * its actor, version and comment. Runs in the caller's transaction (the action wrapper's, which
 * also writes the audit entry). Keeps the dashboard figures as it goes: review rounds, first-
 * review approval, the editors' change ratio against the generated text, and time stamps.
 */
export async function transitionAsset(
  db: Database,
  options: {
    workspaceId: string;
    assetId: string;
    actorId: string;
    role: Role;
    action: ReviewAction;
    comment?: string | null;
    overrideReason?: string | null;
    /** The version the reviewer looked at: a decision never covers a version saved after it. */
    expectedVersion?: number;
  },
): Promise<TransitionResult> {
  // Submitting is the author's step (marketers: their own assets); the rest are editors' steps.
  const asset = await loadAssetForChange(db, { workspaceId: options.workspaceId, assetId: options.assetId, userId: options.actorId, role: options.action === "submit" ? options.role : "editor" });
  if (options.expectedVersion !== undefined && options.expectedVersion !== asset.currentVersion) {
    throw new AppError("conflict", { key: "review.versionWasSavedAfter", params: { currentVersion: asset.currentVersion, expectedVersion: options.expectedVersion } });
  }
  const [current] = await db.select().from(assetVersions).where(and(eq(assetVersions.assetId, asset.id), eq(assetVersions.version, asset.currentVersion)));
  // Approving below the workspace's minimum score needs an override reason, like a failing validation.
  let approval: TransitionResult["compliance"];
  let complianceShortfall: string | null = null;
  if (options.action === "approve") {
    const { toApprove } = await loadMinimumScores(db, options.workspaceId);
    const report = await loadVersionCompliance(db, { workspaceId: options.workspaceId, assetId: asset.id, version: asset.currentVersion });
    const below = isBelowMinimum(report, toApprove);
    if (below) complianceShortfall = describeShortfall(report!, toApprove!, "approve");
    approval = { score: report?.score ?? null, minimum: toApprove, belowMinimum: below };
  }
  const check = checkTransition({
    action: options.action,
    state: asset.state,
    actorId: options.actorId,
    createdBy: asset.createdBy,
    lastEditedBy: asset.lastEditedBy,
    comment: options.comment ?? null,
    hasValidationErrors: current ? !current.validation.valid : true,
    complianceShortfall,
    overrideReason: options.overrideReason ?? null,
  });
  if (!check.allowed) throw new AppError(options.action === "approve" || options.action === "request_changes" ? "forbidden" : "conflict", check.message);

  const now = new Date();
  const changes: Partial<typeof assets.$inferInsert> = { state: check.to, updatedAt: now };
  if (options.action === "submit") {
    changes.submittedAt = now;
    changes.reviewRounds = asset.reviewRounds + 1;
  }
  if (options.action === "approve") {
    changes.approvedAt = now;
    changes.approvedBy = options.actorId;
    changes.approvedOnFirstReview = asset.reviewRounds <= 1;
    const overridden = !current?.validation.valid || approval?.belowMinimum === true;
    changes.validationOverrideReason = overridden ? (options.overrideReason?.trim() ?? null) : null;
    const [generated] = await db.select({ content: assetVersions.content }).from(assetVersions).where(and(eq(assetVersions.assetId, asset.id), eq(assetVersions.version, 1)));
    if (generated && current) changes.editorChangeRatio = editorChangeRatio(generated.content, current.content);
  }
  if (options.action === "publish") {
    changes.publishedVersion = asset.currentVersion;
    changes.publishedAt = now;
  }
  await db.update(assets).set(changes).where(eq(assets.id, asset.id));
  await db.insert(assetTransitions).values({
    id: createId("assetTransition"),
    assetId: asset.id,
    workspaceId: options.workspaceId,
    fromState: asset.state,
    toState: check.to,
    action: options.action,
    version: asset.currentVersion,
    actorId: options.actorId,
    comment: options.comment?.trim() || (options.action === "approve" && changes.validationOverrideReason ? `Override: ${changes.validationOverrideReason}` : null),
  });
  // In this transaction: a rolled-back transition sends nothing; an endpoint gets only the events it chose.
  await enqueueReviewEvent(db, {
    workspaceId: options.workspaceId,
    action: options.action,
    asset,
    version: asset.currentVersion,
    actorId: options.actorId,
    at: now,
    compliance: approval,
    validationOverridden: Boolean(changes.validationOverrideReason),
  });
  if (isNotifiedReviewAction(options.action)) {
    // In this transaction (no notification without its transition); the mail waits for the response, after the commit.
    const notified = await notifyReviewTransition(db, { workspaceId: options.workspaceId, action: options.action, actorId: options.actorId, asset, version: asset.currentVersion, comment: options.comment });
    mailNotificationsAfterResponse(notified);
  }
  return { state: check.to, version: asset.currentVersion, ...(approval ? { compliance: approval } : {}) };
}
