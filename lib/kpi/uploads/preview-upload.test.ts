import { describe, expect, it } from "vitest";
import { previewUpload, PREVIEW_SAMPLE_BYTES } from "./preview-upload";

describe("previewUpload", () => {
  it("recognises a UTF-16 Google Ads export and leaves out the cut-off last line of a sample", async () => {
    const header = "Day\tCampaign\tImpr.\tClicks\tCost\n";
    const row = "2026-11-01\tBrand\t100\t5\t1.00\n";
    const text = header + row.repeat(Math.ceil(PREVIEW_SAMPLE_BYTES / 2 / row.length) + 5);
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]).subarray(0, PREVIEW_SAMPLE_BYTES);
    const preview = await previewUpload(new Uint8Array(bytes));
    expect(preview).toMatchObject({ presetId: "google-ads-en", delimiter: "\t", headerLine: 1, headers: ["Day", "Campaign", "Impr.", "Clicks", "Cost"] });
    expect(preview.sampleRows[0]).toEqual(["2026-11-01", "Brand", "100", "5", "1.00"]);
  });

  it("offers the headers of an unknown export for a custom mapping", async () => {
    const preview = await previewUpload(new TextEncoder().encode("datum;kanal;views;klicks;kosten\n01.11.2026;x;3;1;0,50\n"));
    expect(preview).toMatchObject({ presetId: null, delimiter: ";", headers: ["datum", "kanal", "views", "klicks", "kosten"] });
  });
});
