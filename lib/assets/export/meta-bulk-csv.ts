import type { MetaAd } from "@/lib/assets/schemas/meta-ad";
import { buildUtmUrl } from "@/lib/assets/schemas/utm";
import { toCsv, type CsvExportOptions } from "./csv";

/*
 * Column names of Meta Ads Manager's bulk import ("Export & import" → "Import ads in bulk"), as
 * its own exports name them, from memory and third-party import templates; Meta publishes no
 * column reference. Uncertain:
 * - Whether rows that name a campaign and ad set but carry no "Campaign ID" / "Ad Set ID" are
 *   matched to existing ones or create new ones (which would then need objective, budget and
 *   targeting columns). Safest is to import into an export of the target ad set, or add the ids.
 * - The Call to Action values: we write the API enum (SHOP_NOW, LEARN_MORE), which is what Ads
 *   Manager exports contain, not the button labels.
 * - An image or video is required for a link ad and is attached in Ads Manager after the import.
 * "Ad Status" is PAUSED so an import never starts spending before someone has looked at it.
 */
export const META_BULK_COLUMNS: readonly string[] = [
  "Campaign Name",
  "Ad Set Name",
  "Ad Name",
  "Ad Status",
  "Title",
  "Body",
  "Link Description",
  "Call to Action",
  "Link",
];

export const META_IMPORT_AD_STATUS = "PAUSED";

export type MetaBulkRow = { campaign: string; adSet: string; adName: string; ad: MetaAd };

/**
 * Meta link ads as a CSV for Ads Manager's bulk import: one row per ad, headline as Title,
 * primary text as Body, description as Link Description, the landing page with its UTM
 * parameters as Link (the "URL Tags" column would be the alternative; one place for the
 * parameters keeps them from being applied twice).
 */
export function metaBulkCsv(rows: readonly MetaBulkRow[], options?: CsvExportOptions): string {
  const cells = rows.map(({ campaign, adSet, adName, ad }) => [
    campaign,
    adSet,
    adName,
    META_IMPORT_AD_STATUS,
    ad.headline.text,
    ad.primaryText.text,
    ad.description.text,
    ad.callToAction,
    buildUtmUrl(ad.finalUrl, ad.utm),
  ]);
  return toCsv(META_BULK_COLUMNS, cells, options);
}
