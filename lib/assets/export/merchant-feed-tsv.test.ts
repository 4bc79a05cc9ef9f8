import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { merchantFeed } from "@/lib/testing/assets/validate-fixtures";
import { highlightsCell, supplementalFeedTsv, tsvValue } from "./merchant-feed-tsv";

const cite = (text: string) => ({ text, citations: ["chk_feed"] });

/** Reads the file the way Merchant Center does: tab-separated, first row the attribute names. */
function readTsv(tsv: string) {
  const parsed = Papa.parse<Record<string, string>>(tsv, { header: true, delimiter: "\t", skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

describe("supplementalFeedTsv", () => {
  it("writes a header row and one row per product keyed by id, highlights in Google's text-feed form", () => {
    const tsv = supplementalFeedTsv([
      merchantFeed({ productId: "NL-1001", title: cite("Fjell Hardshell-Jacke Herren, Fjordblau"), highlights: [cite("Gewicht 420 g"), cite("Wassersäule: 20.000 mm")] }),
      merchantFeed({ productId: "NL-1002", highlights: [] }),
    ]);
    expect(tsv.split("\n")[0]).toBe("id\ttitle\tdescription\tproduct_highlight");
    const { fields, rows } = readTsv(tsv);
    expect(fields).toEqual(["id", "title", "description", "product_highlight"]);
    expect(rows.map((row) => row.id)).toEqual(["NL-1001", "NL-1002"]);
    expect(rows[0]).toMatchObject({ title: "Fjell Hardshell-Jacke Herren, Fjordblau", product_highlight: 'Gewicht 420 g,"Wassersäule: 20.000 mm"' });
    expect(rows[1]!.product_highlight).toBe("");
    expect(tsv.endsWith("\n")).toBe(true);
  });

  it("puts every value on one line: tabs and line breaks inside a value become spaces", () => {
    const tsv = supplementalFeedTsv([merchantFeed({ title: cite("Fjell\tRegenjacke"), description: cite("Erste Zeile.\r\nZweite Zeile.\n\nDritte\u2028Zeile.") })]);
    expect(tsv.trimEnd().split("\n")).toHaveLength(2);
    expect(readTsv(tsv).rows[0]).toMatchObject({ title: "Fjell Regenjacke", description: "Erste Zeile. Zweite Zeile. Dritte Zeile." });
  });

  it("leaves the product_highlight column out when no product has highlights", () => {
    expect(readTsv(supplementalFeedTsv([merchantFeed({ highlights: [] })])).fields).toEqual(["id", "title", "description"]);
  });

  it("keeps double quotes readable and writes values exactly as approved, with no formula-guard apostrophe", () => {
    const { rows } = readTsv(supplementalFeedTsv([merchantFeed({ title: cite('Die „Fjell“: "wetterfest"'), description: cite("Hält bis -20 °C warm, auch bei Wind.") })]));
    expect(rows[0]!.title).toBe('Die „Fjell“: "wetterfest"');
    expect(rows[0]!.description).toBe("Hält bis -20 °C warm, auch bei Wind.");
  });

  it("refuses a value a spreadsheet would run as a formula instead of rewriting it", () => {
    expect(() => supplementalFeedTsv([merchantFeed({ productId: "NL-1001", description: cite('=HYPERLINK("x")') })])).toThrow(
      'The description of product NL-1001 starts with "=", which a spreadsheet runs as a formula',
    );
    expect(() => supplementalFeedTsv([merchantFeed({ title: cite("-20% Jacke") })])).toThrow(/title of product .* starts with "-"/);
    expect(() => supplementalFeedTsv([merchantFeed({ highlights: [cite("Gewicht 420 g"), cite("@Fjell")] })])).toThrow(/product_highlight of product/);
  });

  it("writes only the header for no products", () => {
    expect(supplementalFeedTsv([])).toBe("id\ttitle\tdescription\n");
  });
});

describe("highlightsCell and tsvValue", () => {
  it("quotes a highlight only when it holds a comma, colon or quote, doubling inner quotes", () => {
    expect(highlightsCell(["Gewicht 420 g", "Farbe: Moosgrün", 'Die "Fjell"', "  ", "S, M, L"])).toBe('Gewicht 420 g,"Farbe: Moosgrün","Die ""Fjell""","S, M, L"');
  });

  it("collapses runs of whitespace that line breaks leave", () => {
    expect(tsvValue("  a \n\t b  ")).toBe("a b");
  });
});
