import type { TransitionResult } from "./transition-asset";

/**
 * The audit detail of an approval, the same from the Review page and the API: the score and
 * minimum are on record, so an approval below the minimum is on record with its reason.
 */
export function approvalAuditDetail(input: { comment?: string | null; overrideReason?: string | null }, result: TransitionResult) {
  return {
    version: result.version,
    comment: input.comment ?? null,
    overrideReason: input.overrideReason || null,
    complianceScore: result.compliance?.score ?? null,
    minScoreToApprove: result.compliance?.minimum ?? null,
    belowMinimumScore: result.compliance?.belowMinimum ?? false,
  };
}
