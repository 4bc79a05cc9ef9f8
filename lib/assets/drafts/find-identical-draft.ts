import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { assets, assetVersions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Asset, AssetKind } from "@/lib/assets/schemas/asset";
import type { ComplianceReport } from "@/lib/assets/compliance/types";

/**
 * The member's own live draft whose current version has exactly this content, if any. Generating
 * keeps every result as a draft; without this, running the same brief again (which the local
 * extractive model answers identically) filled the library with copies of one draft.
 * jsonb equality ignores key order, so a re-serialised but equal asset still matches.
 */
export async function findIdenticalDraft(
  db: Database,
  options: { workspaceId: string; userId: string; kind: AssetKind; content: Asset },
): Promise<{ assetId: string; version: number; compliance: ComplianceReport } | null> {
  const [row] = await db
    .select({ assetId: assets.id, version: assets.currentVersion, compliance: assetVersions.compliance })
    .from(assets)
    .innerJoin(assetVersions, and(eq(assetVersions.assetId, assets.id), eq(assetVersions.version, assets.currentVersion)))
    .where(
      and(
        eq(assets.workspaceId, options.workspaceId),
        eq(assets.createdBy, options.userId),
        eq(assets.kind, options.kind),
        eq(assets.state, "draft"),
        isNull(assets.archivedAt),
        sql`${assetVersions.content} = ${JSON.stringify(options.content)}::jsonb`,
      ),
    )
    .limit(1);
  if (!row?.compliance) return null;
  return { assetId: row.assetId, version: row.version, compliance: row.compliance as unknown as ComplianceReport };
}
