import { describe, expect, it } from "vitest";
import { importReport } from "./import-report";
import { PRESETS } from "./presets";

// Samples in the shape of real downloads: title lines, quoted numbers with grouping, a percentage
// column that is ignored, "--" for no data, and total rows at the end.

const GOOGLE_EN = [
  "Ad report",
  '"November 1, 2026 - November 3, 2026"',
  "Day,Campaign,Ad group,Ad ID,Final URL,Currency code,Impr.,Clicks,CTR,Conversions,Cost,Conv. value",
  '2026-11-01,Brand Search DE,Jackets,681234567890,https://shop.example/jackets?utm_source=google&utm_campaign=autumn-26&utm_content=ai-v2,EUR,"1,204",87,7.23%,3.50,"1,234.56","4,200.00"',
  '"Nov 2, 2026",Brand Search DE,Jackets,681234567891,https://shop.example/jackets?utm_campaign=autumn-26,EUR,980,61,6.22%,2.33,98.10,210.50',
  "11/03/2026,Generic Outdoor,Boots,681234567892,https://shop.example/boots,EUR,15,--,--,--,--,--",
  'Total: Account,--,--,--,--,--,"2,199",148,6.73%,5.83,"1,332.66","4,410.50"',
  'Total: Search,--,--,--,--,--,"2,199",148,6.73%,5.83,"1,332.66","4,410.50"',
].join("\r\n");

// German UI export, semicolon-separated, decimal commas, euro signs, "Gesamt" total rows.
const GOOGLE_DE = [
  "Anzeigenbericht",
  "1. November 2026 - 3. November 2026",
  "Tag;Kampagne;Anzeigengruppe;Anzeigen-ID;Finale URL;Währungscode;Impr.;Klicks;CTR;Conversions;Kosten;Conv.-Wert",
  "01.11.2026;Herbstaktion;Jacken;681234567890;https://shop.example/?utm_campaign=herbst&utm_content=ki-1;EUR;1.204;87;7,23 %;3,5;1.234,56 €;4.200,00",
  "02.11.2026;Herbstaktion;Jacken;681234567890;https://shop.example/;EUR;980;61;6,22 %;1,25;98,10 €;210,5",
  "Gesamt: Konto;--;--;--;--;--;2.184;148;6,78 %;4,75;1.332,66 €;4.410,50",
].join("\n");

// Meta Ads Manager export: currency in the spend header, Reporting starts/ends, Link clicks and
// Clicks (all), Results and Purchases.
const META = [
  "Reporting starts,Reporting ends,Campaign name,Ad set name,Ad name,Ad ID,Impressions,Link clicks,Clicks (all),Results,Result indicator,Purchases,Amount spent (EUR),Purchases conversion value,Website URL",
  "2026-11-01,2026-11-01,Autumn Launch,Lookalike 1%,AI Variant 2,120210000000000001,5400,81,140,4,actions:offsite_conversion.fb_pixel_purchase,4,52.30,310.00,https://shop.example/?utm_campaign=autumn&utm_content=ai-2",
  "2026-11-01,2026-11-01,Autumn Launch,Lookalike 1%,Studio Shot,120210000000000002,6100,55,97,,,,48.75,,https://shop.example/?utm_campaign=autumn&utm_content=studio",
].join("\n");

describe("import presets on realistic exports", () => {
  it("Google Ads (English): skips title and total rows, reads every date and number format", async () => {
    const result = await importReport(GOOGLE_EN);
    expect(result.format).toMatchObject({ presetId: "google-ads-en", channel: "google-ads", delimiter: ",", headerLine: 3 });
    expect(result.errors).toEqual([]);
    expect(result.progress).toMatchObject({ rowsAccepted: 3, rowsRejected: 0, rowsSkipped: 2, linesRead: 8 });
    expect(result.rows).toEqual([
      {
        date: "2026-11-01",
        campaign: "Brand Search DE",
        adGroup: "Jackets",
        adId: "681234567890",
        platform: "google-ads",
        impressions: 1204,
        clicks: 87,
        conversions: 3.5,
        costMinor: 123_456,
        revenueMinor: 420_000,
        currency: "EUR",
        utmCampaign: "autumn-26",
        utmContent: "ai-v2",
      },
      {
        date: "2026-11-02",
        campaign: "Brand Search DE",
        adGroup: "Jackets",
        adId: "681234567891",
        platform: "google-ads",
        impressions: 980,
        clicks: 61,
        conversions: 2.33,
        costMinor: 9_810,
        revenueMinor: 21_050,
        currency: "EUR",
        utmCampaign: "autumn-26",
        utmContent: null,
      },
      {
        date: "2026-11-03", // 11/03/2026 read month-first in an English export
        campaign: "Generic Outdoor",
        adGroup: "Boots",
        adId: "681234567892",
        platform: "google-ads",
        impressions: 15,
        clicks: 0, // "--"
        conversions: 0,
        costMinor: 0,
        revenueMinor: 0,
        currency: "EUR",
        utmCampaign: null,
        utmContent: null,
      },
    ]);
  });

  it("Google Ads (German): semicolons, 1.234,56 numbers, dd.mm.yyyy dates, Gesamt rows", async () => {
    const result = await importReport(GOOGLE_DE);
    expect(result.format).toMatchObject({ presetId: "google-ads-de", delimiter: ";", headerLine: 3 });
    expect(result.errors).toEqual([]);
    expect(result.progress.rowsSkipped).toBe(1);
    expect(result.rows.map((r) => [r.date, r.impressions, r.clicks, r.conversions, r.costMinor, r.revenueMinor, r.utmContent])).toEqual([
      ["2026-11-01", 1204, 87, 3.5, 123_456, 420_000, "ki-1"],
      ["2026-11-02", 980, 61, 1.25, 9_810, 21_050, null],
    ]);
  });

  it("Google Ads (German) as a UTF-16 tab-separated 'Excel CSV' download", async () => {
    const tsv = GOOGLE_DE.replaceAll(";", "\t");
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, "utf16le")]);
    const result = await importReport((async function* () { yield bytes.subarray(0, 101); yield bytes.subarray(101); })());
    expect(result.format.delimiter).toBe("\t");
    expect(result.rows.map((r) => r.costMinor)).toEqual([123_456, 9_810]);
  });

  it("Meta Ads: currency from the spend header, Link clicks over Clicks (all), Purchases over Results", async () => {
    const result = await importReport(META);
    expect(result.format).toMatchObject({ presetId: "meta-ads", channel: "meta-ads", headerCurrency: "EUR" });
    expect(result.format.columns).toMatchObject({ clicks: "Link clicks", conversions: "Purchases", cost: "Amount spent (EUR)" });
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        date: "2026-11-01",
        campaign: "Autumn Launch",
        adGroup: "Lookalike 1%",
        adId: "120210000000000001",
        platform: "meta-ads",
        impressions: 5400,
        clicks: 81,
        conversions: 4,
        costMinor: 5_230,
        revenueMinor: 31_000,
        currency: "EUR",
        utmCampaign: "autumn",
        utmContent: "ai-2",
      },
      {
        date: "2026-11-01",
        campaign: "Autumn Launch",
        adGroup: "Lookalike 1%",
        adId: "120210000000000002",
        platform: "meta-ads",
        impressions: 6100,
        clicks: 55,
        conversions: 0,
        costMinor: 4_875,
        revenueMinor: 0,
        currency: "EUR",
        utmCampaign: "autumn",
        utmContent: "studio",
      },
    ]);
  });

  it("Meta Ads with a Day column and a Currency column", async () => {
    const csv = ["Day,Campaign name,Ad set name,Ad ID,Impressions,Link clicks,Results,Amount spent,Currency", "2026-11-04,Retargeting,Cart,77,900,30,2,15.5,USD"].join("\n");
    const result = await importReport(csv);
    expect(result.rows[0]).toMatchObject({ date: "2026-11-04", currency: "USD", costMinor: 1_550, conversions: 2 });
  });

  it("rejects Meta rows that span several days instead of booking them on the first", async () => {
    const csv = META.split("\n")[0] + "\n2026-11-01,2026-11-30,Autumn Launch,LAL,Ad,1,54000,810,1400,40,x,40,523.00,3100.00,";
    const result = await importReport(csv);
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([{ line: 2, message: "line 2: the row covers 2026-11-01 to 2026-11-30; export with a daily breakdown so each row is one day" }]);
  });

  it("has unique preset ids, each mapping every required field", () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    for (const preset of PRESETS) for (const field of ["date", "campaign", "impressions", "clicks", "cost"] as const) expect(preset.columns[field]?.length).toBeGreaterThan(0);
  });
});
