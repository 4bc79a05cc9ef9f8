/*
 * SYNTHETIC demo campaign for Nordlicht: one running campaign with a persona, a landing page and
 * an offer on the two Fjell hardshell jackets. The demo seed (lib/seed/demo-campaign.ts) creates
 * it for a fresh demo, the evaluation (scripts/eval.ts) for its golden campaign briefs
 * (golden-briefs.ts refers to it by code), both through the campaign domain functions. Dates are
 * days from the day it is created, so the campaign and its offer are always running.
 */
import type { AssetKind } from "@/lib/assets/schemas/asset-kind";
import type { UtmConvention } from "@/lib/campaigns/utm-convention-schema";
import { NORDLICHT_SITE } from "./sites";

export type DemoCampaign = {
  persona: { name: string; description: string; pains: string[]; vocabulary: string[]; language: "de" | "en" };
  name: string;
  code: string;
  goal: string;
  landingPage: { url: string; label: string };
  channels: AssetKind[];
  languages: ("de" | "en")[];
  budgetMinor: number;
  currency: string;
  /** Start and end, in days from the day the campaign is created. */
  startsInDays: number;
  endsInDays: number;
  offer: {
    code: string;
    value: string;
    conditions: string;
    /** Feed ids (NORDLICHT_PRODUCTS) the offer holds for. */
    productIds: string[];
    /** The offer's last day, in days after the campaign's start. */
    daysAfterStart: number;
  };
};

export const NORDLICHT_DEMO_CAMPAIGN: DemoCampaign = {
  persona: {
    name: "Ganzjahres-Pendler",
    description: "Pendeln in Hamburg und Bremen das ganze Jahr mit dem Rad, auch bei Regen und Wind.",
    pains: ["Nass im Büro ankommen", "Jacken, die nach einem Winter undicht werden", "Dunkle Abende ohne Sichtbarkeit"],
    vocabulary: ["Pendeln", "Regenjacke", "wasserdicht", "Schietwetter"],
    language: "de",
  },
  name: "Regenwoche (synthetic demo)",
  code: "regenwoche",
  goal: "300 Käufe von Hardshell-Jacken bei Pendlerinnen und Pendlern",
  landingPage: { url: `${NORDLICHT_SITE.url}/aktion/regenwoche`, label: "Aktionsseite Regenwoche" },
  // The demo's plan; briefs in the campaign may use any kind (the evaluation's use every new one), and the campaign page lists them too.
  channels: ["google-rsa", "meta-ad", "seo-page", "email", "instagram-post"],
  languages: ["de"],
  budgetMinor: 250_000,
  currency: "EUR",
  startsInDays: -7,
  endsInDays: 21,
  offer: {
    code: "REGEN15",
    value: "15 %",
    conditions: "Ab 100 € Bestellwert, nicht mit anderen Aktionen kombinierbar.",
    productIds: ["NL-1001", "NL-1002"],
    daysAfterStart: 14,
  },
};

/**
 * The UTM convention the evaluation sets on its Nordlicht workspace: one `utm_campaign` per
 * campaign (brand, code, season and year of its start), so every asset of the campaign joins its
 * KPI rows by that one name. The demo itself keeps the built-in convention.
 */
export const NORDLICHT_UTM_CONVENTION: UtmConvention = {
  campaignTemplate: "{brand}_{campaign}_{season}{year}",
  brandToken: "nordlicht",
  separator: "_",
  lowercase: true,
  allowedCharacters: "alphanumeric-dash-underscore",
  maxLength: 100,
  sourceMedium: {},
};
