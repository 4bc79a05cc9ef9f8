import type { ExtractiveInput } from "@/lib/ai/local-models/extractive/read-prompt";
import type { StructuredWriter } from "@/lib/ai/local-models/extractive/structured-writers";
import { ASSET_KINDS, type Asset, type AssetKind, type AssetOfKind } from "@/lib/assets/schemas/asset";
import type { WithOmissions } from "@/lib/assets/schemas/omission";
import { writeEmail } from "@/lib/assets/generate/local-writers/email-writer";
import { writeArticle } from "@/lib/assets/generate/local-writers/article-writer";
import { writeGoogleRsa } from "@/lib/assets/generate/local-writers/google-rsa-writer";
import { writeLinkedInAd } from "@/lib/assets/generate/local-writers/linkedin-ad-writer";
import { writeMerchantFeed } from "@/lib/assets/generate/local-writers/merchant-feed-writer";
import { writeMetaAd } from "@/lib/assets/generate/local-writers/meta-ad-writer";
import { writeSeoPage } from "@/lib/assets/generate/local-writers/seo-page-writer";
import { writeInstagramPost, writeLinkedInPost, writeXPost } from "@/lib/assets/generate/local-writers/social-post-writer";

/** Writes the task's output: the asset and what it left out (the output schema's `omissions`). */
export type LocalAssetWriter<K extends AssetKind> = (input: ExtractiveInput) => WithOmissions<AssetOfKind<K>>;

/** One deterministic writer per asset kind; the output name the task uses is the kind. */
export const LOCAL_ASSET_WRITERS: { [K in AssetKind]: LocalAssetWriter<K> } = {
  "seo-page": writeSeoPage,
  "google-rsa": writeGoogleRsa,
  "meta-ad": writeMetaAd,
  "linkedin-ad": writeLinkedInAd,
  email: writeEmail,
  article: writeArticle,
  "linkedin-post": writeLinkedInPost,
  "instagram-post": writeInstagramPost,
  "x-post": writeXPost,
  "merchant-feed": writeMerchantFeed,
};

/** The generate-asset task's local extractive writers, keyed by output name. */
export function generateAssetLocalWriters(): Record<AssetKind, StructuredWriter> {
  const writers = {} as Record<AssetKind, StructuredWriter>;
  for (const kind of ASSET_KINDS) {
    const writer: (input: ExtractiveInput) => WithOmissions<Asset> = LOCAL_ASSET_WRITERS[kind];
    writers[kind] = (input) => writer(input);
  }
  return writers;
}
