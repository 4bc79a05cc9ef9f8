import { describe, expect, it } from "vitest";
import { previewReport } from "./preview";

describe("previewReport", () => {
  it("finds a known export's preset below its title lines", () => {
    const preview = previewReport('Ad report\n"Nov 1, 2026 - Nov 30, 2026"\nDay,Campaign,Impr.,Clicks,Cost\n2026-11-01,Brand,"1,204",87,12.50\n');
    expect(preview).toEqual({
      delimiter: ",",
      headerLine: 3,
      headers: ["Day", "Campaign", "Impr.", "Clicks", "Cost"],
      presetId: "google-ads-en",
      sampleRows: [["2026-11-01", "Brand", "1,204", "87", "12.50"]],
    });
  });

  it("offers the headers of an unknown export for a custom mapping", () => {
    const preview = previewReport("LinkedIn export\nStart Date;Campaign Name;Impressions;Clicks;Total Spent\n11/03/2026;Launch;2500;31;48,10\n");
    expect(preview.presetId).toBeNull();
    expect(preview.delimiter).toBe(";");
    expect(preview.headerLine).toBe(2);
    expect(preview.headers).toEqual(["Start Date", "Campaign Name", "Impressions", "Clicks", "Total Spent"]);
  });
});
