import "server-only";
import { and, eq } from "drizzle-orm";
import { assets } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { ASSET_SCHEMAS, type Asset } from "@/lib/assets/schemas/asset";
import { validateAsset } from "@/lib/assets/validate/validate-asset";
import type { ValidationReport } from "@/lib/assets/validate/types";
import { loadValidationContext } from "@/lib/assets/drafts/validation-context";
import { loadCurrentContent } from "@/lib/assets/drafts/edit-asset";
import { scoreAssetVersion } from "./score-version";
import type { ComplianceReport } from "./types";

/**
 * The score of unsaved text while someone edits: the same validation and brand rules a save
 * runs, voice judged by the heuristic judge (no model call per pause in typing). Nothing stored.
 */
export async function previewCompliance(
  db: Database,
  options: { workspaceId: string; assetId: string; content: unknown },
): Promise<{ validation: ValidationReport; compliance: ComplianceReport } | { validation: null; compliance: null }> {
  const [asset] = await db.select({ id: assets.id, kind: assets.kind, currentVersion: assets.currentVersion, productSourceId: assets.productSourceId, campaignId: assets.campaignId }).from(assets).where(and(eq(assets.workspaceId, options.workspaceId), eq(assets.id, options.assetId)));
  if (!asset) throw new AppError("not_found", { key: "assets.assetDoesNotExist" });
  // Half-typed content that does not parse yet has no score; the save will say what is wrong.
  const parsed = ASSET_SCHEMAS[asset.kind].safeParse(options.content);
  if (!parsed.success) return { validation: null, compliance: null };
  const content = parsed.data as Asset;
  // Against the saved version, as the save will be: an ended offer it already states stays silent.
  const previous = await loadCurrentContent(db, asset);
  const context = await loadValidationContext(db, { workspaceId: options.workspaceId, asset: content, productSourceId: asset.productSourceId, campaignId: asset.campaignId, previous });
  const validation = validateAsset(content, context);
  const compliance = await scoreAssetVersion(db, {
    workspaceId: options.workspaceId,
    userId: null,
    asset: content,
    validation,
    brandRules: context.brandRules,
    subject: { productCategory: context.productCategory, properNouns: context.properNouns },
    allowedCapsWords: context.allowedAbbreviations,
    judge: "local",
  });
  return { validation, compliance };
}
