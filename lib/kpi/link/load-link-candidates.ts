import "server-only";
import { eq, sql } from "drizzle-orm";
import { kpiAdLinks } from "@/lib/db/schema/kpi";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import { createAssetLinker } from "./asset-linker";
import { RowLinker } from "./row-linker";

/**
 * The workspace's linking knowledge: assets with UTM tags (the ad kinds), read from the version
 * that went out (published) or else the current one and ranked for ties as `createAssetLinker`
 * expects, plus the ad ids earlier imports linked.
 */
export async function loadRowLinker(db: Database, options: { workspaceId: string }): Promise<RowLinker> {
  const rows = await executeRows<{ id: string; utm_campaign: string | null; utm_content: string | null; rank: number }>(
    db,
    sql`select a.id, v.content->'utm'->>'campaign' as utm_campaign, v.content->'utm'->>'content' as utm_content,
               (row_number() over (order by case a.state when 'published' then 0 when 'approved' then 1 else 2 end, a.created_at desc))::int as rank
        from assets a
        join asset_versions v on v.asset_id = a.id and v.version = coalesce(a.published_version, a.current_version)
        where a.workspace_id = ${options.workspaceId} and a.state <> 'archived' and v.content ? 'utm'`,
  );
  const byUtm = createAssetLinker(rows.map((row) => ({ assetId: row.id, utmCampaign: row.utm_campaign, utmContent: row.utm_content, rank: Number(row.rank) })));
  const known = await db
    .select({ platform: kpiAdLinks.platform, adId: kpiAdLinks.adId, assetId: kpiAdLinks.assetId })
    .from(kpiAdLinks)
    .where(eq(kpiAdLinks.workspaceId, options.workspaceId));
  return new RowLinker(byUtm, known);
}
