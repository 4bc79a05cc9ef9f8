import type { Asset } from "@/lib/assets/schemas/asset";
import type { ASSET_STATES } from "@/lib/db/schema/assets";
import type { FieldCitations } from "./field-citations";

export type AssetExportMeta = {
  assetId: string;
  version: number;
  state: (typeof ASSET_STATES)[number];
  exportedAt: Date;
};

/** Lets a consumer recognise the file and a later importer tell format revisions apart. */
export const ASSET_EXPORT_FORMAT = "brandpilot.asset";
// 2: `citations` names each cited field's sources (title, file or URL, product id, version, quote).
export const ASSET_EXPORT_FORMAT_VERSION = 2;

/**
 * An asset version as a self-describing JSON document: the asset exactly as stored (its chunk ids
 * included) wrapped in what identifies it, and per cited field the sources it rests on, named and
 * quoted, so the provenance is readable outside the app. Kind and language are repeated at the top
 * so a reader can sort files without opening the asset.
 */
export function exportAssetJson(asset: Asset, meta: AssetExportMeta, citations: readonly FieldCitations[] = []): string {
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
    citations,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
