import { describe, expect, it } from "vitest";
import { readCsv } from "@/lib/testing/assets/read-csv";
import { GOOGLE_ADS_EDITOR_COLUMNS, googleAdsEditorCsv } from "./google-ads-editor-csv";
import { fjellRsa } from "@/lib/testing/assets/export-fixtures";

describe("googleAdsEditorCsv", () => {
  const campaign = 'Frühjahr 2026, "Bei jedem Wetter"';
  const adGroup = "Hardshell Damen – Größe & Passform";

  it("writes one row per ad under Editor's column names, starting with a UTF-8 BOM", () => {
    const csv = googleAdsEditorCsv([{ campaign, adGroup, ad: fjellRsa() }]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const { fields, rows } = readCsv(csv);
    expect(fields).toEqual([...GOOGLE_ADS_EDITOR_COLUMNS]);
    expect(fields).toHaveLength(3 + 15 * 2 + 4 * 2 + 3);
    expect(rows).toHaveLength(1);
  });

  it("reads back the same values, including commas, quotes and umlauts", () => {
    const ad = fjellRsa();
    const [row] = readCsv(googleAdsEditorCsv([{ campaign, adGroup, ad }])).rows;
    expect(row).toMatchObject({
      Campaign: campaign,
      "Ad group": adGroup,
      "Ad type": "Responsive search ad",
      "Path 1": "jacken",
      "Path 2": "hardshell",
    });
    ad.headlines.forEach((headline, index) => expect(row?.[`Headline ${index + 1}`]).toBe(headline.text));
    ad.descriptions.forEach((description, index) => expect(row?.[`Description ${index + 1}`]).toBe(description.text));
    expect(row?.["Headline 6"]).toBe("");
    expect(row?.["Description 3"]).toBe("");
  });

  it("maps pins to the position columns of the pinned text", () => {
    const [row] = readCsv(googleAdsEditorCsv([{ campaign, adGroup, ad: fjellRsa() }])).rows;
    const positions = Array.from({ length: 5 }, (_, index) => row?.[`Headline ${index + 1} position`]);
    expect(positions).toEqual(["1", "", "", "2", ""]);
    expect([row?.["Description 1 position"], row?.["Description 2 position"]]).toEqual(["1", ""]);
  });

  it("writes the final URL with normalised UTM parameters", () => {
    const [row] = readCsv(googleAdsEditorCsv([{ campaign, adGroup, ad: fjellRsa() }])).rows;
    expect(row?.["Final URL"]).toBe(
      "https://nordlicht.example/p/fjell-hardshell-jacke-damen?utm_source=google&utm_medium=cpc&utm_campaign=spring_2026_any_weather&utm_content=fjell_women_a",
    );
  });

  it("fills all 15 headline and 4 description slots", () => {
    const headlines = Array.from({ length: 15 }, (_, index) => ({ text: `Fjell ${index + 1}`, citations: [], pin: index === 14 ? (3 as const) : null }));
    const descriptions = Array.from({ length: 4 }, (_, index) => ({ text: `Beschreibung ${index + 1}`, citations: [], pin: index === 3 ? (2 as const) : null }));
    const [row] = readCsv(googleAdsEditorCsv([{ campaign, adGroup, ad: fjellRsa({ headlines, descriptions, path1: null, path2: null }) }])).rows;
    expect(row?.["Headline 15"]).toBe("Fjell 15");
    expect(row?.["Headline 15 position"]).toBe("3");
    expect(row?.["Description 4"]).toBe("Beschreibung 4");
    expect(row?.["Description 4 position"]).toBe("2");
    expect([row?.["Path 1"], row?.["Path 2"]]).toEqual(["", ""]);
  });

  it("refuses an ad with more headlines than Editor has columns", () => {
    const headlines = Array.from({ length: 16 }, () => ({ text: "Fjell", citations: [], pin: null }));
    expect(() => googleAdsEditorCsv([{ campaign, adGroup, ad: fjellRsa({ headlines }) }])).toThrow(/16 headlines.*at most 15/);
  });

  it("defuses a text a spreadsheet would run as a formula", () => {
    const ad = fjellRsa({ headlines: [{ text: "=HYPERLINK(\"https://evil.example\")", citations: [], pin: null }, ...fjellRsa().headlines] });
    const [row] = readCsv(googleAdsEditorCsv([{ campaign, adGroup, ad }])).rows;
    expect(row?.["Headline 1"]).toBe("'=HYPERLINK(\"https://evil.example\")");
  });

  it("leaves the BOM out on request and writes only the header for no ads", () => {
    const csv = googleAdsEditorCsv([], { bom: false });
    expect(csv.startsWith("Campaign,Ad group,Ad type,Headline 1,")).toBe(true);
    expect(readCsv(csv).rows).toEqual([]);
  });
});
