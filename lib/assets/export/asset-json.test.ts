import { describe, expect, it } from "vitest";
import { AssetSchema } from "@/lib/assets/schemas/asset";
import { exportAssetJson } from "./asset-json";
import { fjellRsa, fjellSeoPage, ryggMetaAd } from "@/lib/testing/assets/export-fixtures";

const meta = { assetId: "ast_7k2m9q", version: 3, state: "approved" as const, exportedAt: new Date("2026-03-02T09:30:00Z") };

describe("exportAssetJson", () => {
  it("wraps the asset in what identifies it, pretty-printed", () => {
    const json = exportAssetJson(fjellRsa(), meta);
    expect(json).toMatch(/^\{\n {2}"format": "brandpilot\.asset",\n/);
    expect(json.endsWith("}\n")).toBe(true);
    expect(JSON.parse(json)).toMatchObject({
      format: "brandpilot.asset",
      formatVersion: 2,
      assetId: "ast_7k2m9q",
      version: 3,
      state: "approved",
      kind: "google-rsa",
      language: "de",
      exportedAt: "2026-03-02T09:30:00.000Z",
    });
  });

  it("keeps every asset kind unchanged, so the export parses as an asset again", () => {
    for (const asset of [fjellSeoPage(), fjellRsa(), ryggMetaAd()]) {
      const exported = JSON.parse(exportAssetJson(asset, meta)) as { asset: unknown };
      expect(AssetSchema.parse(exported.asset)).toEqual(asset);
    }
  });
});
