import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { knowledgeSources } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { addDays } from "@/lib/kpi/metrics/period";
import { todayIso } from "@/lib/campaigns/campaign-calendar";
import { createCampaign } from "@/lib/campaigns/campaigns";
import { createPersona } from "@/lib/campaigns/personas";
import { NORDLICHT_DEMO_CAMPAIGN } from "./content/nordlicht-campaign";

/**
 * The SYNTHETIC demo campaign (lib/seed/content/nordlicht-campaign.ts) with its persona and offer,
 * made through the same domain functions (and so the same validation) as the campaign form. Dates
 * are relative to `now`, so a fresh demo always shows a running campaign with today on its calendar.
 */
export async function seedDemoCampaign(
  db: Database,
  options: { workspaceId: string; ownerId: string; now?: Date },
): Promise<{ campaignId: string; code: string }> {
  const demo = NORDLICHT_DEMO_CAMPAIGN;
  const today = todayIso(options.now);
  const persona = await createPersona(db, { workspaceId: options.workspaceId, userId: options.ownerId, ...demo.persona });
  const products = await db
    .select({ id: knowledgeSources.id })
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.workspaceId, options.workspaceId), eq(knowledgeSources.origin, "product_feed"), inArray(knowledgeSources.externalId, demo.offer.productIds)));
  const startsOn = addDays(today, demo.startsInDays);
  const { id, code } = await createCampaign(db, {
    workspaceId: options.workspaceId,
    userId: options.ownerId,
    name: demo.name,
    code: demo.code,
    startsOn,
    endsOn: addDays(today, demo.endsInDays),
    goal: demo.goal,
    personaId: persona.id,
    landingPages: [demo.landingPage],
    channels: demo.channels,
    languages: demo.languages,
    budgetMinor: demo.budgetMinor,
    currency: demo.currency,
    ownerId: options.ownerId,
    offers: [
      {
        code: demo.offer.code,
        value: demo.offer.value,
        conditions: demo.offer.conditions,
        eligibleProductIds: products.map((product) => product.id),
        eligibleCategories: [],
        validUntil: addDays(startsOn, demo.offer.daysAfterStart),
      },
    ],
  });
  return { campaignId: id, code };
}
