import "server-only";
import { and, eq, max } from "drizzle-orm";
import { assets, assetVersions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { createId } from "@/lib/ids";
import { AppError } from "@/lib/errors";
import { ASSET_SCHEMAS, type Asset } from "@/lib/assets/schemas/asset";
import { validateAsset } from "@/lib/assets/validate/validate-asset";
import type { ValidationReport } from "@/lib/assets/validate/types";
import { assetTitle } from "./asset-title";
import { loadValidationContext } from "./validation-context";

const EDITABLE_STATES = new Set(["draft", "changes_requested"]);

/** Loads an asset for a change by this user, with the ownership rule for marketers. */
export async function loadAssetForChange(db: Database, options: { workspaceId: string; assetId: string; userId: string; role: Role }) {
  const [asset] = await db
    .select()
    .from(assets)
    .where(and(eq(assets.workspaceId, options.workspaceId), eq(assets.id, options.assetId)))
    .for("update");
  if (!asset) throw new AppError("not_found", "That asset does not exist in this workspace.");
  // Marketers work on their own assets; editors and admins on everyone's.
  if (options.role === "marketer" && asset.createdBy !== options.userId) throw new AppError("forbidden", "Marketers can only change assets they created.");
  return asset;
}

/**
 * Saves an edit as a new immutable version and re-runs validation. `baseVersion` is the version
 * the editor started from: if someone saved in between, this fails with a conflict instead of
 * overwriting their change.
 */
export async function editAsset(
  db: Database,
  options: { workspaceId: string; assetId: string; userId: string; role: Role; baseVersion: number; content: unknown },
): Promise<{ version: number; validation: ValidationReport }> {
  const asset = await loadAssetForChange(db, options);
  if (!EDITABLE_STATES.has(asset.state)) throw new AppError("conflict", `The asset is ${asset.state.replace("_", " ")}; it can be edited as a draft or when changes are requested.`);
  if (asset.currentVersion !== options.baseVersion) {
    throw new AppError("conflict", `Someone saved version ${asset.currentVersion} after you opened version ${options.baseVersion}. Reload to see their change; your text is still in the editor.`);
  }
  const parsed = ASSET_SCHEMAS[asset.kind].safeParse(options.content);
  if (!parsed.success || parsed.data.kind !== asset.kind) throw new AppError("invalid_input", `The edited content is not a valid ${asset.kind} asset.`);
  const content = parsed.data as Asset;
  const validation = validateAsset(content, await loadValidationContext(db, options.workspaceId, content));
  const [{ latest }] = (await db.select({ latest: max(assetVersions.version) }).from(assetVersions).where(eq(assetVersions.assetId, asset.id))) as [{ latest: number | null }];
  const version = (latest ?? 0) + 1;
  await db.insert(assetVersions).values({ id: createId("assetVersion"), assetId: asset.id, workspaceId: options.workspaceId, version, content, validation, provenance: null, createdBy: options.userId });
  await db.update(assets).set({ currentVersion: version, title: assetTitle(content), lastEditedBy: options.userId, updatedAt: new Date() }).where(eq(assets.id, asset.id));
  return { version, validation };
}
