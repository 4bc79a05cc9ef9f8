import { describe, expect, it } from "vitest";
import { guessDelimiter, sniffDelimiter, splitLine } from "./delimiter";
import { PRESETS } from "./presets";

describe("sniffDelimiter", () => {
  it("finds a comma header below Google's title lines, whose date range contains a comma", () => {
    const sample = 'Campaign report\n"November 1, 2026 - November 30, 2026"\nDay,Campaign,Impr.,Clicks,Cost\n2026-11-01,Brand,"1,204",87,12.50\n';
    expect(sniffDelimiter(sample, PRESETS, 30)).toEqual({ delimiter: ",", headerIndex: 2 });
  });

  it("picks semicolon in a German file full of decimal commas", () => {
    const sample = "Tag;Kampagne;Impr.;Klicks;Kosten\n03.11.2026;Herbst;1.204;87;12,50\n04.11.2026;Herbst;980;61;9,80\n";
    expect(sniffDelimiter(sample, PRESETS, 30)).toEqual({ delimiter: ";", headerIndex: 0 });
  });

  it("picks tab for TSV exports", () => {
    expect(sniffDelimiter("Day\tCampaign\tImpr.\tClicks\tCost\r\n2026-11-01\tBrand\t10\t1\t0.50\r\n", PRESETS, 30)?.delimiter).toBe("\t");
  });

  it("gives up when no header appears within the line limit", () => {
    const sample = `${"title\n".repeat(5)}Day,Campaign,Impr.,Clicks,Cost\n`;
    expect(sniffDelimiter(sample, PRESETS, 5)).toBeNull();
    expect(sniffDelimiter(sample, PRESETS, 6)?.headerIndex).toBe(5);
  });
});

describe("guessDelimiter", () => {
  it("chooses the delimiter with a consistent field count", () => {
    expect(guessDelimiter("Datum;Kanal;Umsatz\n03.11.2026;Radio;1.234,56\n04.11.2026;TV;99,5\n", 30)).toBe(";");
    expect(guessDelimiter("a,b,c\n1,2,3\n", 30)).toBe(",");
    expect(guessDelimiter("a\tb\n1\t2\n", 30)).toBe("\t");
  });
});

describe("splitLine", () => {
  it("honours CSV quoting", () => {
    expect(splitLine('2026-11-01,"Brand, DE","say ""hi"""', ",")).toEqual(["2026-11-01", "Brand, DE", 'say "hi"']);
  });
});
