import "server-only";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { transitionAsset } from "@/lib/review/transition-asset";

/** Hands a draft (or an asset with requested changes) to the editors' review queue. */
export async function submitForReview(db: Database, options: { workspaceId: string; assetId: string; userId: string; role: Role }) {
  const result = await transitionAsset(db, { workspaceId: options.workspaceId, assetId: options.assetId, actorId: options.userId, role: options.role, action: "submit" });
  return { state: "in_review" as const, version: result.version };
}
