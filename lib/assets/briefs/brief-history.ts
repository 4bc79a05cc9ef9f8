import "server-only";
import { and, asc, desc, eq, isNotNull } from "drizzle-orm";
import { assets, assetVersions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { parseStoredBrief, type BriefInput } from "@/lib/assets/generate/brief";

/** Rows read to find the recent distinct briefs: one run stores its brief once per asset kind. */
const SCAN_LIMIT = 100;

/**
 * The member's own recent briefs, newest first and without repeats, read from what they generated
 * (each generated version keeps its brief in its provenance). Briefs the retention purge emptied
 * no longer parse and are skipped.
 */
export async function listRecentBriefs(db: Database, options: { workspaceId: string; userId: string; limit?: number }): Promise<{ brief: BriefInput; at: Date }[]> {
  const rows = await db
    .select({ provenance: assetVersions.provenance, at: assets.briefAt })
    .from(assets)
    .innerJoin(assetVersions, and(eq(assetVersions.assetId, assets.id), eq(assetVersions.version, 1)))
    .where(and(eq(assets.workspaceId, options.workspaceId), eq(assets.createdBy, options.userId), isNotNull(assetVersions.provenance)))
    .orderBy(desc(assets.briefAt))
    .limit(SCAN_LIMIT);
  const seen = new Set<string>();
  const briefs: { brief: BriefInput; at: Date }[] = [];
  for (const row of rows) {
    const parsed = parseStoredBrief(row.provenance?.brief);
    if (!parsed.success) continue;
    const key = JSON.stringify(parsed.data);
    if (seen.has(key)) continue;
    seen.add(key);
    briefs.push({ brief: parsed.data, at: row.at });
    if (briefs.length >= (options.limit ?? 10)) break;
  }
  return briefs;
}

/** The brief an asset was generated from, to start a new one from it ("Duplicate brief"). */
export async function getAssetBrief(db: Database, options: { workspaceId: string; assetId: string }): Promise<BriefInput> {
  const [row] = await db
    .select({ provenance: assetVersions.provenance })
    .from(assetVersions)
    .where(and(eq(assetVersions.workspaceId, options.workspaceId), eq(assetVersions.assetId, options.assetId), isNotNull(assetVersions.provenance)))
    .orderBy(asc(assetVersions.version))
    .limit(1);
  if (!row) throw new AppError("not_found", { key: "assets.assetDoesNotExist2" });
  const parsed = parseStoredBrief(row.provenance?.brief);
  if (!parsed.success) throw new AppError("not_found", { key: "assets.assetSBriefNo" });
  return parsed.data;
}
