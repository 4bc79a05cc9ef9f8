import "server-only";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { AppError } from "@/lib/errors";
import { loadAssetForChange } from "./edit-asset";
import { transitionAsset } from "@/lib/review/transition-asset";
import { loadMinimumScores, loadVersionCompliance } from "@/lib/assets/compliance/load-compliance";
import { isBelowMinimum, shortfallMessage } from "@/lib/assets/compliance/minimum-scores";

/**
 * Hands a draft (or an asset with requested changes) to the editors' review queue, unless its
 * current version scores below the workspace's minimum to submit: then the author learns the
 * score and the failing rules, and fixes them first. The transition is pinned to the version
 * checked, so a save in between cannot slip an unchecked version into review.
 */
export async function submitForReview(db: Database, options: { workspaceId: string; assetId: string; userId: string; role: Role }) {
  // Ownership first (marketers submit only their own assets), and the row stays locked.
  const asset = await loadAssetForChange(db, options);
  const minimums = await loadMinimumScores(db, options.workspaceId);
  // Loaded even without a minimum: the audit entry records the score a version was submitted with.
  const compliance = await loadVersionCompliance(db, { workspaceId: options.workspaceId, assetId: options.assetId, version: asset.currentVersion });
  if (isBelowMinimum(compliance, minimums.toSubmit)) throw new AppError("conflict", shortfallMessage(compliance!, minimums.toSubmit!, "submit"));
  const result = await transitionAsset(db, { workspaceId: options.workspaceId, assetId: options.assetId, actorId: options.userId, role: options.role, action: "submit", expectedVersion: asset.currentVersion });
  return { state: "in_review" as const, version: result.version, complianceScore: compliance?.score ?? null };
}
