/**
 * Where an ad ran: the "ad platform" (`platform` in KPI code). Generation says "asset kind" for what it
 * produces (an SEO page, a Google RSA, a Meta or LinkedIn ad); the two words are not interchangeable.
 * The older name "channel" stays only where it is an external or stored spelling: the database columns, the
 * dashboard's `channel` URL parameter (bookmarks), the "channels" export table and CSV headers, and the JSON
 * stored with an import (`kpi_imports.mapping` / `format`). Built-in presets exist for these; custom
 * mappings may name any other platform.
 */
export type KnownAdPlatform = "google-ads" | "meta-ads";
// `string & {}` keeps autocompletion for the known names while allowing any other string.
export type AdPlatform = KnownAdPlatform | (string & {});

/** One validated row of a report export: one ad on one day. */
export interface ImportRow {
  /** ISO yyyy-mm-dd, the day in the ad account's time zone. */
  date: string;
  campaign: string;
  /** Ad group (Google Ads) or ad set (Meta); "" when the export is at campaign level. */
  adGroup: string;
  /** Platform ad id; "" when the export has no ad column. */
  adId: string;
  /** Stored in the `channel` column. */
  platform: AdPlatform;
  impressions: number;
  clicks: number;
  /** Up to two decimals: Google Ads reports fractional conversions. */
  conversions: number;
  costMinor: number;
  /** Conversion value in minor units of `currency`. */
  revenueMinor: number;
  /** ISO 4217. */
  currency: string;
  utmCampaign: string | null;
  utmContent: string | null;
}

/** A rejected line. `line` is the 1-based physical line of the file, as an editor shows it. */
export interface LineError {
  line: number;
  message: string;
}

/** Fields a column of the export can be mapped to. */
export type ColumnField =
  | "date"
  /** Meta's "Reporting ends": checked against the date so multi-day rows are not booked on one day. */
  | "dateEnd"
  | "campaign"
  | "adGroup"
  | "adId"
  | "impressions"
  | "clicks"
  | "conversions"
  | "cost"
  | "revenue"
  | "currency"
  /** Final URL / Website URL / Link, the source of utm_campaign and utm_content. */
  | "url";

export const COLUMN_FIELDS: readonly ColumnField[] = ["date", "dateEnd", "campaign", "adGroup", "adId", "impressions", "clicks", "conversions", "cost", "revenue", "currency", "url"];

/** Without these a row cannot be stored or compared, so a header lacking one is not accepted. */
export const REQUIRED_FIELDS: readonly ColumnField[] = ["date", "campaign", "impressions", "clicks", "cost"];

/** How slash dates are read: 11/03/2026 is 3 Nov (month/day/year) or 11 Mar (day/month/year). */
export type SlashDateOrder = "mdy" | "dmy";

/** The decimal separator assumed when a number alone is ambiguous ("1,234" or "1.234"). */
export type DecimalSeparator = "." | ",";

export type Delimiter = "," | ";" | "\t";
