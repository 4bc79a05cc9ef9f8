import "server-only";
import { and, asc, eq, gte, inArray, isNull } from "drizzle-orm";
import { campaignOffers, campaigns, personas } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { personaAudience } from "./campaign-brief";
import { todayIso } from "./campaign-calendar";

/** A campaign as the Generate form offers it (plain data for a client component). */
export type CampaignOption = {
  id: string;
  name: string;
  code: string;
  startsOn: string;
  endsOn: string;
  languages: ("de" | "en")[];
  landingPages: { url: string; label: string }[];
  /** The persona as an audience line, or null when the campaign has none. */
  persona: { name: string; audience: string } | null;
  /** Offers still valid today, by code. */
  offers: { code: string; value: string; conditions: string; validUntil: string }[];
};

/**
 * The campaigns a brief can be written in: this workspace's, not archived, not over. Offers that
 * have ended are left out (the server refuses them anyway).
 */
export async function listCampaignOptions(db: Database, options: { workspaceId: string; today?: string }): Promise<CampaignOption[]> {
  const today = options.today ?? todayIso();
  const rows = await db
    .select({ campaign: campaigns, persona: personas })
    .from(campaigns)
    .leftJoin(personas, and(eq(personas.id, campaigns.personaId), eq(personas.workspaceId, campaigns.workspaceId)))
    .where(and(eq(campaigns.workspaceId, options.workspaceId), isNull(campaigns.archivedAt), gte(campaigns.endsOn, today)))
    .orderBy(asc(campaigns.startsOn), asc(campaigns.name));
  if (rows.length === 0) return [];
  const offers = await db
    .select()
    .from(campaignOffers)
    .where(and(eq(campaignOffers.workspaceId, options.workspaceId), inArray(campaignOffers.campaignId, rows.map((row) => row.campaign.id)), gte(campaignOffers.validUntil, today)))
    .orderBy(asc(campaignOffers.code));
  return rows.map(({ campaign, persona }) => ({
    id: campaign.id,
    name: campaign.name,
    code: campaign.code,
    startsOn: campaign.startsOn,
    endsOn: campaign.endsOn,
    languages: campaign.languages.filter((language): language is "de" | "en" => language === "de" || language === "en"),
    landingPages: campaign.landingPages,
    persona: persona ? { name: persona.name, audience: personaAudience(persona) } : null,
    offers: offers.filter((offer) => offer.campaignId === campaign.id).map(({ code, value, conditions, validUntil }) => ({ code, value, conditions, validUntil })),
  }));
}
