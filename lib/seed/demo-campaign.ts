import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { knowledgeSources } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { addDays } from "@/lib/kpi/metrics/period";
import { todayIso } from "@/lib/campaigns/campaign-calendar";
import { createCampaign } from "@/lib/campaigns/campaigns";
import { createPersona } from "@/lib/campaigns/personas";
import { NORDLICHT_SITE } from "./content/sites";

/** The two Fjell hardshell jackets of the synthetic feed (lib/seed/content/nordlicht-products.ts). */
const OFFER_PRODUCTS = ["NL-1001", "NL-1002"];

/**
 * One SYNTHETIC running campaign for the Nordlicht demo, with a persona and an offer, made through
 * the same domain functions (and so the same validation) as the campaign form. Dates are relative
 * to `now`, so a fresh demo always shows a running campaign with today on its calendar.
 */
export async function seedDemoCampaign(db: Database, options: { workspaceId: string; ownerId: string; now?: Date }): Promise<{ campaignId: string }> {
  const today = todayIso(options.now);
  const persona = await createPersona(db, {
    workspaceId: options.workspaceId,
    userId: options.ownerId,
    name: "Ganzjahres-Pendler",
    description: "Pendeln in Hamburg und Bremen das ganze Jahr mit dem Rad, auch bei Regen und Wind.",
    pains: ["Nass im Büro ankommen", "Jacken, die nach einem Winter undicht werden", "Dunkle Abende ohne Sichtbarkeit"],
    vocabulary: ["Pendeln", "Regenjacke", "wasserdicht", "Schietwetter"],
    language: "de",
  });
  const products = await db
    .select({ id: knowledgeSources.id })
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.workspaceId, options.workspaceId), eq(knowledgeSources.origin, "product_feed"), inArray(knowledgeSources.externalId, OFFER_PRODUCTS)));
  const startsOn = addDays(today, -7);
  const { id } = await createCampaign(db, {
    workspaceId: options.workspaceId,
    userId: options.ownerId,
    name: "Regenwoche (synthetic demo)",
    code: "regenwoche",
    startsOn,
    endsOn: addDays(today, 21),
    goal: "300 Käufe von Hardshell-Jacken bei Pendlerinnen und Pendlern",
    personaId: persona.id,
    landingPages: [{ url: `${NORDLICHT_SITE.url}/aktion/regenwoche`, label: "Aktionsseite Regenwoche" }],
    channels: ["google-rsa", "meta-ad", "seo-page", "email", "instagram-post"],
    languages: ["de"],
    budgetMinor: 250_000,
    currency: "EUR",
    ownerId: options.ownerId,
    offers: [
      {
        code: "REGEN15",
        value: "15 %",
        conditions: "Ab 100 € Bestellwert, nicht mit anderen Aktionen kombinierbar.",
        eligibleProductIds: products.map((product) => product.id),
        eligibleCategories: [],
        validUntil: addDays(startsOn, 14),
      },
    ],
  });
  return { campaignId: id };
}
