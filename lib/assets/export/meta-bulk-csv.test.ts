import { describe, expect, it } from "vitest";
import { readCsv } from "@/lib/testing/assets/read-csv";
import { META_BULK_COLUMNS, metaBulkCsv } from "./meta-bulk-csv";
import { ryggMetaAd } from "@/lib/testing/assets/export-fixtures";

describe("metaBulkCsv", () => {
  const base = { campaign: "Frühjahr 2026 – Bei jedem Wetter", adSet: "Wandernde DE, 25–55", adName: 'Rygg 30 "A", Feed' };

  it("writes Ads Manager's columns and reads back the same values, line break included", () => {
    const ad = ryggMetaAd();
    const csv = metaBulkCsv([{ ...base, ad }]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const { fields, rows } = readCsv(csv);
    expect(fields).toEqual([...META_BULK_COLUMNS]);
    expect(rows).toEqual([
      {
        "Campaign Name": base.campaign,
        "Ad Set Name": base.adSet,
        "Ad Name": base.adName,
        "Ad Status": "PAUSED",
        Title: ad.headline.text,
        Body: ad.primaryText.text,
        "Link Description": ad.description.text,
        "Call to Action": "SHOP_NOW",
        Link: "https://nordlicht.example/p/rygg-30-wanderrucksack?color=petrol&utm_source=meta&utm_medium=paid_social&utm_campaign=spring_2026_any_weather&utm_content=rygg_30_a",
      },
    ]);
    expect(ad.primaryText.text).toContain("\n");
  });

  it("writes one row per ad, in order", () => {
    const rows = readCsv(
      metaBulkCsv([
        { ...base, adName: "A", ad: ryggMetaAd() },
        { ...base, adName: "B", ad: ryggMetaAd({ callToAction: "LEARN_MORE" }) },
      ]),
    ).rows;
    expect(rows.map((row) => [row["Ad Name"], row["Call to Action"]])).toEqual([
      ["A", "SHOP_NOW"],
      ["B", "LEARN_MORE"],
    ]);
  });
});
