import type { AdPlatform, ColumnField, DecimalSeparator, SlashDateOrder } from "./types";

/**
 * A column mapping: for each target field, the header names that may hold it, in priority order
 * (the first one present wins, e.g. Meta's "Link clicks" before "Clicks (all)"). Headers are
 * compared after `normalizeHeader`, so case, spacing and a trailing currency "(EUR)" do not matter.
 */
export interface ColumnPreset {
  id: string;
  label: string;
  platform: AdPlatform;
  slashDateOrder: SlashDateOrder;
  decimalSeparator: DecimalSeparator;
  columns: Readonly<Partial<Record<ColumnField, readonly string[]>>>;
  /** Used when neither a currency column nor a currency in a header says it. */
  defaultCurrency?: string;
}

/**
 * Google Ads report download, English UI. Dates are ISO or "Nov 3, 2026"; slash dates follow the
 * US month/day/year order of the English UI. "Impr." is Google's abbreviation; "Impressions" is
 * accepted for API/Editor exports.
 */
export const GOOGLE_ADS_EN: ColumnPreset = {
  id: "google-ads-en",
  label: "Google Ads (English)",
  platform: "google-ads",
  slashDateOrder: "mdy",
  decimalSeparator: ".",
  columns: {
    date: ["Day", "Date"],
    campaign: ["Campaign"],
    adGroup: ["Ad group"],
    adId: ["Ad ID"],
    impressions: ["Impr.", "Impressions"],
    clicks: ["Clicks"],
    conversions: ["Conversions"],
    cost: ["Cost"],
    revenue: ["Conv. value", "Conversion value", "Total conv. value"],
    currency: ["Currency code", "Currency"],
    url: ["Final URL", "Final URLs", "Landing page"],
  },
};

/** Google Ads report download, German UI: "03.11.2026" dates and "1.234,56" numbers. */
export const GOOGLE_ADS_DE: ColumnPreset = {
  id: "google-ads-de",
  label: "Google Ads (Deutsch)",
  platform: "google-ads",
  slashDateOrder: "dmy",
  decimalSeparator: ",",
  columns: {
    date: ["Tag", "Datum"],
    campaign: ["Kampagne"],
    adGroup: ["Anzeigengruppe"],
    adId: ["Anzeigen-ID"],
    impressions: ["Impr.", "Impressionen"],
    clicks: ["Klicks"],
    conversions: ["Conversions"],
    cost: ["Kosten"],
    revenue: ["Conv.-Wert", "Conversion-Wert", "Conv.-Wert insgesamt"],
    currency: ["Währungscode", "Währung"],
    url: ["Finale URL", "Finale URLs", "Landingpage"],
  },
};

/**
 * Meta Ads Manager export (English). The spend header carries the account currency, as in
 * "Amount spent (EUR)". "Purchases" comes before "Results" because "Results" changes meaning with
 * the campaign objective (link clicks, leads, purchases) while "Purchases" is always a conversion.
 */
export const META_ADS: ColumnPreset = {
  id: "meta-ads",
  label: "Meta Ads",
  platform: "meta-ads",
  slashDateOrder: "mdy",
  decimalSeparator: ".",
  columns: {
    date: ["Day", "Reporting starts"],
    dateEnd: ["Reporting ends"],
    campaign: ["Campaign name"],
    adGroup: ["Ad set name"],
    adId: ["Ad ID"],
    impressions: ["Impressions"],
    clicks: ["Link clicks", "Clicks (all)"],
    conversions: ["Purchases", "Results"],
    cost: ["Amount spent"],
    revenue: ["Purchases conversion value", "Website purchases conversion value"],
    currency: ["Currency"],
    url: ["Website URL", "Link", "Link (ad settings)"],
  },
};

/** Checked in this order by auto-detection; on equal scores the earlier preset wins. */
export const PRESETS: readonly ColumnPreset[] = [GOOGLE_ADS_EN, GOOGLE_ADS_DE, META_ADS];

export function presetById(id: string): ColumnPreset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
