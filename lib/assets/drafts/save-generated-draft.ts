import "server-only";
import { and, eq } from "drizzle-orm";
import { assets, assetVersions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { createId } from "@/lib/ids";
import { appendAuditEntry } from "@/lib/audit/append";
import type { GeneratedAsset } from "@/lib/assets/generate/generate-asset";
import { loadBrandContext } from "@/lib/assets/generate/brand-context";
import { scoreAssetVersion } from "@/lib/assets/compliance/score-version";
import type { ComplianceReport } from "@/lib/assets/compliance/types";
import { assetTitle } from "./asset-title";
import { loadRuleSubject } from "./validation-context";
import { findIdenticalDraft } from "./find-identical-draft";

/**
 * Saves a generated asset as a draft (version 1, with its provenance) in one transaction with its
 * audit entry. The idempotency key makes a retried request or a re-run batch return the draft it
 * already made instead of a second one, and an identical re-run (same member, kind and content as
 * one of their live drafts) returns that draft instead of a copy.
 */
export async function saveGeneratedDraft(
  db: Database,
  options: { workspaceId: string; userId: string; actorLabel: string; generated: GeneratedAsset; idempotencyKey: string | null; briefAt: Date },
): Promise<{ assetId: string; version: number; created: boolean; compliance: ComplianceReport }> {
  const identical = await findIdenticalDraft(db, { workspaceId: options.workspaceId, userId: options.userId, kind: options.generated.kind, content: options.generated.content });
  if (identical) return { ...identical, created: false };
  // Judged before the transaction: a hosted judge's call must not hold the draft's locks.
  const { rules: brandRules, brandName } = await loadBrandContext(db, options.workspaceId);
  const productSourceId = (options.generated.provenance.brief.productSourceId as string | null) ?? null;
  // A brief written in a campaign files its asset under it (the campaign page lists it).
  const campaignId = (options.generated.provenance.brief.campaignId as string | null | undefined) ?? null;
  // The product's category, as generation validated with: category-conditioned disclaimers count alike.
  const subject = await loadRuleSubject(db, { workspaceId: options.workspaceId, productSourceId, brandName });
  const compliance = await scoreAssetVersion(db, {
    workspaceId: options.workspaceId,
    userId: options.userId,
    asset: options.generated.content,
    validation: options.generated.validation,
    brandRules,
    subject,
    judge: "routed",
  });
  return db.transaction(async (tx) => {
    const assetId = createId("asset");
    const inserted = await tx
      .insert(assets)
      .values({
        id: assetId,
        workspaceId: options.workspaceId,
        kind: options.generated.kind,
        title: assetTitle(options.generated.content),
        language: options.generated.content.language,
        productSourceId,
        campaignId,
        createdBy: options.userId,
        lastEditedBy: options.userId,
        currentVersion: 1,
        idempotencyKey: options.idempotencyKey,
        briefAt: options.briefAt,
      })
      .onConflictDoNothing()
      .returning({ id: assets.id });
    if (inserted.length === 0 && options.idempotencyKey) {
      const [existing] = await tx
        .select({ id: assets.id, version: assets.currentVersion })
        .from(assets)
        .where(and(eq(assets.workspaceId, options.workspaceId), eq(assets.idempotencyKey, options.idempotencyKey)));
      return { assetId: existing!.id, version: existing!.version, created: false, compliance };
    }
    await tx.insert(assetVersions).values({
      id: createId("assetVersion"),
      assetId,
      workspaceId: options.workspaceId,
      version: 1,
      content: options.generated.content,
      validation: options.generated.validation,
      provenance: options.generated.provenance,
      omissions: options.generated.omissions,
      compliance,
      createdBy: options.userId,
    });
    await appendAuditEntry(tx, {
      workspaceId: options.workspaceId,
      actorUserId: options.userId,
      actorLabel: options.actorLabel,
      action: "asset.generate",
      targetType: "asset",
      targetId: assetId,
      outcome: "success",
      detail: {
        kind: options.generated.kind,
        model: options.generated.provenance.model,
        valid: options.generated.validation.valid,
        errors: options.generated.validation.counts.errors,
        bestEffort: options.generated.isBestEffort,
        complianceScore: compliance.score,
        ...(campaignId ? { campaignId } : {}),
      },
    });
    return { assetId, version: 1, created: true, compliance };
  });
}
