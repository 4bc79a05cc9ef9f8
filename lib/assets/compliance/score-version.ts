import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { knowledgeChunks, knowledgeSources } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { citedFields } from "@/lib/assets/validate/cited-fields";
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
  const sensitivity = await citedSourceSensitivity(db, { workspaceId: options.workspaceId, asset: options.asset });
  const verdict = await runJudge(db, { workspaceId: options.workspaceId, userId: options.userId, input, abortSignal: options.abortSignal, ...sensitivity });
  return assessCompliance({ ...options, judge: verdict });
}

/**
 * What generation knew about the copy's sources, for the judge's routing: copy that cites a chunk
 * holding personal data, or a confidential source, may quote it, so the judge must stay local
 * exactly as generation did (generate-asset.ts passes the same flags). Retired chunks count too:
 * the citation still points at them.
 */
async function citedSourceSensitivity(db: Database, options: { workspaceId: string; asset: Asset }): Promise<{ quotesPersonalData: boolean; usesConfidentialContext: boolean }> {
  const ids = [...new Set(citedFields(options.asset).flatMap((field) => field.citations))];
  if (ids.length === 0) return { quotesPersonalData: false, usesConfidentialContext: false };
  const rows = await db
    .select({ holdsPersonalData: knowledgeChunks.holdsPersonalData, classification: knowledgeChunks.classification, sourceClassification: knowledgeSources.classification })
    .from(knowledgeChunks)
    // The source's current classification wins: a source marked confidential since still is.
    .leftJoin(knowledgeSources, and(eq(knowledgeSources.workspaceId, knowledgeChunks.workspaceId), eq(knowledgeSources.id, knowledgeChunks.sourceId)))
    .where(and(eq(knowledgeChunks.workspaceId, options.workspaceId), inArray(knowledgeChunks.id, ids)));
  return {
    quotesPersonalData: rows.some((row) => row.holdsPersonalData),
    usesConfidentialContext: rows.some((row) => row.classification === "confidential" || row.sourceClassification === "confidential"),
  };
}
