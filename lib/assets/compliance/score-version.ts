import "server-only";
import type { Database } from "@/lib/db/types";
import type { Asset } from "@/lib/assets/schemas/asset";
import type { BrandRules } from "@/lib/assets/schemas/brand-rules";
import type { ValidationReport } from "@/lib/assets/validate/types";
import { judgeLocally, LOCAL_JUDGE_ID } from "@/lib/ai/tasks/judge/local-judge";
import { runJudge } from "@/lib/ai/tasks/judge/run";
import { assessCompliance, judgeInputFor, type RuleSubject } from "./assess-compliance";
import { loadGuidePassages } from "./guide-passages";
import type { ComplianceReport } from "./types";

/**
 * The compliance score of a version about to be stored. `judge: "routed"` asks the judge task
 * (a hosted model when the policy has one, else the heuristic judge); `"local"` uses the
 * heuristic judge only — for the live score while typing, which must not call a model per pause.
 */
export async function scoreAssetVersion(
  db: Database,
  options: {
    workspaceId: string;
    userId: string | null;
    asset: Asset;
    validation: ValidationReport;
    brandRules: BrandRules;
    /** The product's category and proper nouns, as validation got them (category-conditioned disclaimers). */
    subject?: RuleSubject;
    allowedCapsWords?: readonly string[];
    judge: "routed" | "local";
    abortSignal?: AbortSignal;
  },
): Promise<ComplianceReport> {
  if (options.judge === "local") {
    const input = judgeInputFor(options.asset, { brandRules: options.brandRules, allowedCapsWords: options.allowedCapsWords });
    return assessCompliance({ ...options, judge: { ...judgeLocally(input), judgedBy: LOCAL_JUDGE_ID } });
  }
  const guidePassages = await loadGuidePassages(db, { workspaceId: options.workspaceId, language: options.asset.language });
  const input = judgeInputFor(options.asset, { brandRules: options.brandRules, guidePassages, allowedCapsWords: options.allowedCapsWords });
  const verdict = await runJudge(db, { workspaceId: options.workspaceId, userId: options.userId, input, abortSignal: options.abortSignal });
  return assessCompliance({ ...options, judge: verdict });
}
