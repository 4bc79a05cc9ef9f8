import type { ExtractiveInput } from "@/lib/ai/local-models/extractive/read-prompt";
import { registerStructuredWriter } from "@/lib/ai/local-models/extractive/structured-writers";
import { ASSET_KINDS, type Asset, type AssetKind, type AssetOfKind } from "@/lib/assets/schemas/asset";
import { writeGoogleRsa } from "./google-rsa-writer";
import { writeLinkedInAd } from "./linkedin-ad-writer";
import { writeMetaAd } from "./meta-ad-writer";
import { writeSeoPage } from "./seo-page-writer";
import { writeFieldRewrite } from "./field-rewrite-writer";

/** Output name of the "regenerate one field" call. */
export const FIELD_REWRITE_OUTPUT = "rewrite-field";

export type LocalAssetWriter<K extends AssetKind> = (input: ExtractiveInput) => AssetOfKind<K>;

/** One deterministic writer per asset kind; the output name the pipeline uses is the kind. */
export const LOCAL_ASSET_WRITERS: { [K in AssetKind]: LocalAssetWriter<K> } = {
  "seo-page": writeSeoPage,
  "google-rsa": writeGoogleRsa,
  "meta-ad": writeMetaAd,
  "linkedin-ad": writeLinkedInAd,
};

/**
 * Lets the local extractive model write every asset kind. Idempotent (a registration replaces
 * the previous one), so module-level calls from several entry points are harmless.
 */
export function registerLocalAssetWriters(): void {
  for (const kind of ASSET_KINDS) {
    const writer: (input: ExtractiveInput) => Asset = LOCAL_ASSET_WRITERS[kind];
    registerStructuredWriter(kind, (input) => writer(input));
  }
  registerStructuredWriter(FIELD_REWRITE_OUTPUT, (input) => writeFieldRewrite(input));
}
