import type { Asset } from "@/lib/assets/schemas/asset";
import type { ASSET_STATES } from "@/lib/db/schema/assets";

export type AssetExportMeta = {
  assetId: string;
  version: number;
  state: (typeof ASSET_STATES)[number];
  exportedAt: Date;
};

/** Lets a consumer recognise the file and a later importer tell format revisions apart. */
export const ASSET_EXPORT_FORMAT = "brandpilot.asset";
export const ASSET_EXPORT_FORMAT_VERSION = 1;

/**
 * An asset version as a self-describing JSON document: the asset exactly as stored (citations
 * included, so the export keeps its provenance) wrapped in what identifies it. Kind and language
 * are repeated at the top so a reader can sort files without opening the asset.
 */
export function exportAssetJson(asset: Asset, meta: AssetExportMeta): string {
  const document = {
    format: ASSET_EXPORT_FORMAT,
    formatVersion: ASSET_EXPORT_FORMAT_VERSION,
    assetId: meta.assetId,
    version: meta.version,
    state: meta.state,
    kind: asset.kind,
    language: asset.language,
    exportedAt: meta.exportedAt.toISOString(),
    asset,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
