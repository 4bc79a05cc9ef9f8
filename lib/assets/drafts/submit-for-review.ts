import "server-only";
import { eq } from "drizzle-orm";
import { assets } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { AppError } from "@/lib/errors";
import { loadAssetForChange } from "./edit-asset";

/** Hands a draft (or an asset with requested changes) to the editors' review queue. */
export async function submitForReview(db: Database, options: { workspaceId: string; assetId: string; userId: string; role: Role }) {
  const asset = await loadAssetForChange(db, options);
  if (asset.state !== "draft" && asset.state !== "changes_requested") {
    throw new AppError("conflict", `The asset is already ${asset.state.replace("_", " ")}.`);
  }
  await db.update(assets).set({ state: "in_review", submittedAt: new Date(), updatedAt: new Date() }).where(eq(assets.id, asset.id));
  return { state: "in_review" as const, version: asset.currentVersion };
}
