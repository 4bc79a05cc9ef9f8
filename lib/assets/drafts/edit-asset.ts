import "server-only";
import { and, eq, max } from "drizzle-orm";
import { assets, assetTransitions, assetVersions, users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { createId } from "@/lib/ids";
import { AppError, type ErrorMessage } from "@/lib/errors";
import { ASSET_SCHEMAS, type Asset } from "@/lib/assets/schemas/asset";
import { validateAsset } from "@/lib/assets/validate/validate-asset";
import type { ValidationReport } from "@/lib/assets/validate/types";
import { titleAfterEdit } from "./asset-title";
import { loadValidationContext } from "./validation-context";
import { scoreAssetVersion } from "@/lib/assets/compliance/score-version";
import type { ComplianceReport } from "@/lib/assets/compliance/types";
import { diffAssetVersions, summarizeChanges } from "@/lib/review/diff-versions";

/** The conflict message names who saved what since the editor's base version, so nothing is lost silently. */
async function describeConcurrentChange(db: Database, asset: typeof assets.$inferSelect, baseVersion: number): Promise<ErrorMessage> {
  const [base] = await db.select({ content: assetVersions.content }).from(assetVersions).where(and(eq(assetVersions.assetId, asset.id), eq(assetVersions.version, baseVersion)));
  const [latest] = await db
    .select({ content: assetVersions.content, name: users.name, email: users.email })
    .from(assetVersions)
    .leftJoin(users, eq(users.id, assetVersions.createdBy))
    .where(and(eq(assetVersions.assetId, asset.id), eq(assetVersions.version, asset.currentVersion)));
  const who = latest?.name || latest?.email || "";
  const what = base && latest ? summarizeChanges(diffAssetVersions(base.content, latest.content)) : "";
  return { key: "assets.concurrentChange", params: { who, whoKnown: who ? "yes" : "no", currentVersion: asset.currentVersion, baseVersion, what, hasWhat: what ? "yes" : "no" } };
}

/**
 * Who may save a new version in which state. Authors edit drafts and assets sent back to them;
 * editors also during review (which makes them its last editor: someone else must approve).
 * Editing an approved or published asset starts a new draft: the approval was for a version.
 */
function editRefusal(state: string, role: Role): ErrorMessage | null {
  if (state === "archived") return { key: "assets.archivedNotEditable" };
  if (state === "in_review" && role === "marketer") return { key: "assets.inReviewEditorOnly" };
  return null;
}
const BACK_TO_DRAFT = new Set(["approved", "published"]);

/** Loads an asset for a change by this user, with the ownership rule for marketers. */
export async function loadAssetForChange(db: Database, options: { workspaceId: string; assetId: string; userId: string; role: Role }) {
  const [asset] = await db
    .select()
    .from(assets)
    .where(and(eq(assets.workspaceId, options.workspaceId), eq(assets.id, options.assetId)))
    .for("update");
  if (!asset) throw new AppError("not_found", { key: "assets.assetDoesNotExist" });
  // Marketers work on their own assets; editors and admins on everyone's.
  if (options.role === "marketer" && asset.createdBy !== options.userId) throw new AppError("forbidden", { key: "assets.marketersCanOnlyChange" });
  return asset;
}

/** The asset's current version as an asset (an edit's "before"), or null when it no longer parses. */
export async function loadCurrentContent(db: Database, asset: Pick<typeof assets.$inferSelect, "id" | "kind" | "currentVersion">): Promise<Asset | null> {
  const [current] = await db.select({ content: assetVersions.content }).from(assetVersions).where(and(eq(assetVersions.assetId, asset.id), eq(assetVersions.version, asset.currentVersion)));
  const parsed = ASSET_SCHEMAS[asset.kind].safeParse(current?.content);
  return parsed.success ? (parsed.data as Asset) : null;
}

type Omissions = (typeof assetVersions.$inferSelect)["omissions"];

/** Refuses an edit in a state that allows none, or from a base version that is no longer current. */
async function assertEditable(db: Database, asset: typeof assets.$inferSelect, options: { role: Role; baseVersion: number }) {
  const refusal = editRefusal(asset.state, options.role);
  if (refusal) throw new AppError("conflict", refusal);
  if (asset.currentVersion !== options.baseVersion) throw new AppError("conflict", await describeConcurrentChange(db, asset, options.baseVersion));
}

/**
 * Saves an edit as a new immutable version and re-runs validation. `baseVersion` is the version
 * the editor started from: if someone saved in between, this fails with a conflict instead of
 * overwriting their change. The new version keeps the base version's omission notes (what
 * generation left out is still left out after a human edit) unless `omissions` says otherwise
 * (a restore carries the restored version's).
 */
export async function editAsset(
  db: Database,
  options: { workspaceId: string; assetId: string; userId: string; role: Role; baseVersion: number; content: unknown; omissions?: Omissions },
): Promise<{ version: number; validation: ValidationReport; compliance: ComplianceReport; state: (typeof assets.$inferSelect)["state"] }> {
  // Validated and judged before the row lock (as saveGeneratedDraft does): a hosted judge's call
  // must not hold the asset's FOR UPDATE lock. The checks run again under the lock below, so a
  // version saved meanwhile still ends in a conflict instead of being overwritten.
  const [unlocked] = await db.select().from(assets).where(and(eq(assets.workspaceId, options.workspaceId), eq(assets.id, options.assetId)));
  if (!unlocked) throw new AppError("not_found", { key: "assets.assetDoesNotExist" });
  if (options.role === "marketer" && unlocked.createdBy !== options.userId) throw new AppError("forbidden", { key: "assets.marketersCanOnlyChange" });
  await assertEditable(db, unlocked, options);
  const parsed = ASSET_SCHEMAS[unlocked.kind].safeParse(options.content);
  if (!parsed.success || parsed.data.kind !== unlocked.kind) throw new AppError("invalid_input", { key: "assets.editedContentNotValid", params: { kind: unlocked.kind } });
  const content = parsed.data as Asset;
  const previous = await loadCurrentContent(db, unlocked);
  const context = await loadValidationContext(db, { workspaceId: options.workspaceId, asset: content, productSourceId: unlocked.productSourceId, campaignId: unlocked.campaignId, previous });
  const validation = validateAsset(content, context);
  const compliance = await scoreAssetVersion(db, {
    workspaceId: options.workspaceId,
    userId: options.userId,
    asset: content,
    validation,
    brandRules: context.brandRules,
    subject: { productCategory: context.productCategory, properNouns: context.properNouns },
    allowedCapsWords: context.allowedAbbreviations,
    judge: "routed",
  });

  const asset = await loadAssetForChange(db, options);
  await assertEditable(db, asset, options);
  const [base] = await db.select({ omissions: assetVersions.omissions }).from(assetVersions).where(and(eq(assetVersions.assetId, asset.id), eq(assetVersions.version, asset.currentVersion)));
  const omissions = options.omissions !== undefined ? options.omissions : (base?.omissions ?? null);
  const [{ latest }] = (await db.select({ latest: max(assetVersions.version) }).from(assetVersions).where(eq(assetVersions.assetId, asset.id))) as [{ latest: number | null }];
  const version = (latest ?? 0) + 1;
  await db.insert(assetVersions).values({ id: createId("assetVersion"), assetId: asset.id, workspaceId: options.workspaceId, version, content, validation, compliance, omissions, provenance: null, createdBy: options.userId });
  const state = BACK_TO_DRAFT.has(asset.state) ? ("draft" as const) : asset.state;
  await db.update(assets).set({ currentVersion: version, title: titleAfterEdit(asset.title, content), lastEditedBy: options.userId, state, updatedAt: new Date() }).where(eq(assets.id, asset.id));
  // History shows edits that change the state, and edits during review (which make the editor
  // the asset's last editor, so someone else must approve it).
  if (state !== asset.state || asset.state === "in_review") {
    const comment = state !== asset.state ? "Edited: a new version starts as a draft." : "Edited during review.";
    await db.insert(assetTransitions).values({ id: createId("assetTransition"), assetId: asset.id, workspaceId: options.workspaceId, fromState: asset.state, toState: state, action: "edit", version, actorId: options.userId, comment });
  }
  return { version, validation, compliance, state };
}
