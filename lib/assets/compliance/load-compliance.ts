import "server-only";
import { and, eq } from "drizzle-orm";
import { assets, assetVersions, brandSettings } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AssetSchema } from "@/lib/assets/schemas/asset";
import { loadBrandContext } from "@/lib/assets/generate/brand-context";
import { loadRuleSubject } from "@/lib/assets/drafts/validation-context";
import { assessCompliance, judgeInputFor } from "./assess-compliance";
import { judgeLocally, LOCAL_JUDGE_ID } from "@/lib/ai/tasks/judge/local-judge";
import type { MinimumScores } from "./minimum-scores";
import { readComplianceReport, type ComplianceReport } from "./types";

export async function loadMinimumScores(db: Database, workspaceId: string): Promise<MinimumScores> {
  const [row] = await db
    .select({ toSubmit: brandSettings.minScoreToSubmit, toApprove: brandSettings.minScoreToApprove })
    .from(brandSettings)
    .where(eq(brandSettings.workspaceId, workspaceId));
  return { toSubmit: row?.toSubmit ?? null, toApprove: row?.toApprove ?? null };
}

/**
 * The stored score of one version. A version saved before scores existed is scored now from its
 * stored validation with the heuristic judge (not stored: versions are immutable), so a minimum
 * cannot be dodged by an old version.
 */
export async function loadVersionCompliance(db: Database, options: { workspaceId: string; assetId: string; version: number }): Promise<ComplianceReport | null> {
  const [row] = await db
    .select({ content: assetVersions.content, validation: assetVersions.validation, compliance: assetVersions.compliance, productSourceId: assets.productSourceId })
    .from(assetVersions)
    .innerJoin(assets, eq(assets.id, assetVersions.assetId))
    .where(and(eq(assetVersions.workspaceId, options.workspaceId), eq(assetVersions.assetId, options.assetId), eq(assetVersions.version, options.version)));
  if (!row) return null;
  const stored = readComplianceReport(row.compliance);
  if (stored) return stored;
  const asset = AssetSchema.safeParse(row.content);
  if (!asset.success) return null;
  // Read through the schema like every other reader, so rules stored before a field existed still count.
  const { rules: brandRules, brandName } = await loadBrandContext(db, options.workspaceId);
  const subject = await loadRuleSubject(db, { workspaceId: options.workspaceId, productSourceId: row.productSourceId, brandName });
  const judge = { ...judgeLocally(judgeInputFor(asset.data, { brandRules })), judgedBy: LOCAL_JUDGE_ID };
  return assessCompliance({ asset: asset.data, validation: row.validation, brandRules, subject, judge });
}
