import "server-only";
import { and, eq } from "drizzle-orm";
import { campaigns } from "@/lib/db/schema";
import type { Campaign } from "@/lib/db/schema/campaigns";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";

/** The campaign of this workspace, or not_found (another workspace's id included: no existence leaks). */
export async function getCampaignRow(db: Database, options: { workspaceId: string; campaignId: string }): Promise<Campaign> {
  const [campaign] = await db.select().from(campaigns).where(and(eq(campaigns.workspaceId, options.workspaceId), eq(campaigns.id, options.campaignId)));
  if (!campaign) throw new AppError("not_found", { key: "campaigns.campaignDoesNotExist" });
  return campaign;
}
