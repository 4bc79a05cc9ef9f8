import type { GoogleRsa } from "@/lib/assets/schemas/google-rsa";
import { buildUtmUrl } from "@/lib/assets/schemas/utm";
import { toCsv, type CsvExportOptions } from "./csv";

/*
 * Column names as Google Ads Editor exports them for responsive search ads, from memory of its
 * CSV exports and cross-checked against third-party import templates, not against an official
 * column reference (Google publishes none for Editor). Editor matches columns by header name,
 * so order does not matter; it does not know a misspelt header and would skip that column.
 * Uncertain: the form of a pin. We write the bare position ("1"), as the third-party templates
 * do; not verified against a current Editor export.
 *
 * The ad status is left out on purpose: an Editor import only stages changes locally, and
 * nothing goes live until someone reviews and posts them.
 */
export const RSA_MAX_HEADLINES = 15;
export const RSA_MAX_DESCRIPTIONS = 4;
export const RSA_AD_TYPE = "Responsive search ad";

const range = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

export const GOOGLE_ADS_EDITOR_COLUMNS: readonly string[] = [
  "Campaign",
  "Ad group",
  "Ad type",
  ...range(RSA_MAX_HEADLINES).map((n) => `Headline ${n}`),
  ...range(RSA_MAX_HEADLINES).map((n) => `Headline ${n} position`),
  ...range(RSA_MAX_DESCRIPTIONS).map((n) => `Description ${n}`),
  ...range(RSA_MAX_DESCRIPTIONS).map((n) => `Description ${n} position`),
  "Path 1",
  "Path 2",
  "Final URL",
];

export type GoogleAdsEditorRow = { campaign: string; adGroup: string; ad: GoogleRsa };

type PinnedText = { text: string; pin: number | null };

/** Texts padded to `slots` cells, and their pins in as many position cells ("" = not pinned). */
function slotsOf(items: readonly PinnedText[], slots: number): { texts: string[]; positions: string[] } {
  const padded = range(slots).map((n) => items[n - 1]);
  return {
    texts: padded.map((item) => item?.text ?? ""),
    positions: padded.map((item) => (item?.pin === null || item?.pin === undefined ? "" : String(item.pin))),
  };
}

/**
 * Responsive search ads as a CSV for Google Ads Editor (Account → Import → From file): one row
 * per ad, pins as "Headline n position" / "Description n position", the final URL with its UTM
 * parameters. The UTM goes into the Final URL, not "Final URL suffix", so the exported row
 * carries the same landing URL the reviewer approved.
 *
 * Throws a RangeError for an ad with more than 15 headlines or 4 descriptions: Editor has no
 * column for the extra text and dropping it silently would change the approved ad. Other limits
 * (at least 3 headlines, lengths) are validation rules and left to Editor's own checks.
 */
export function googleAdsEditorCsv(rows: readonly GoogleAdsEditorRow[], options?: CsvExportOptions): string {
  const cells = rows.map(({ campaign, adGroup, ad }, index) => {
    const where = `Ad ${index + 1} (ad group "${adGroup}")`;
    if (ad.headlines.length > RSA_MAX_HEADLINES) {
      throw new RangeError(`${where} has ${ad.headlines.length} headlines; Google Ads allows at most ${RSA_MAX_HEADLINES}.`);
    }
    if (ad.descriptions.length > RSA_MAX_DESCRIPTIONS) {
      throw new RangeError(`${where} has ${ad.descriptions.length} descriptions; Google Ads allows at most ${RSA_MAX_DESCRIPTIONS}.`);
    }
    const headlines = slotsOf(ad.headlines, RSA_MAX_HEADLINES);
    const descriptions = slotsOf(ad.descriptions, RSA_MAX_DESCRIPTIONS);
    return [
      campaign,
      adGroup,
      RSA_AD_TYPE,
      ...headlines.texts,
      ...headlines.positions,
      ...descriptions.texts,
      ...descriptions.positions,
      ad.path1 ?? "",
      ad.path2 ?? "",
      buildUtmUrl(ad.finalUrl, ad.utm),
    ];
  });
  return toCsv(GOOGLE_ADS_EDITOR_COLUMNS, cells, options);
}
