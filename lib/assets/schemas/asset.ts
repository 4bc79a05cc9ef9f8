import { z } from "zod";
import { EmailSchema } from "./email";
import { ArticleSchema } from "./article";
import { GoogleRsaSchema } from "./google-rsa";
import { LinkedInAdSchema } from "./linkedin-ad";
import { MerchantFeedSchema } from "./merchant-feed";
import { MetaAdSchema } from "./meta-ad";
import { SeoPageSchema } from "./seo-page";
import { InstagramPostSchema, LinkedInPostSchema, XPostSchema } from "./social-post";

import { ASSET_KINDS, type AssetKind } from "./asset-kind";

export { ASSET_KINDS, type AssetKind };

export const AssetSchema = z.discriminatedUnion("kind", [SeoPageSchema, GoogleRsaSchema, MetaAdSchema, LinkedInAdSchema, EmailSchema, ArticleSchema, LinkedInPostSchema, InstagramPostSchema, XPostSchema, MerchantFeedSchema]);

export type Asset = z.infer<typeof AssetSchema>;
export type AssetOfKind<K extends AssetKind> = Extract<Asset, { kind: K }>;

/** One schema per kind: model calls generate one kind at a time, and strict JSON schema needs an object root. */
export const ASSET_SCHEMAS = {
  "seo-page": SeoPageSchema,
  "google-rsa": GoogleRsaSchema,
  "meta-ad": MetaAdSchema,
  "linkedin-ad": LinkedInAdSchema,
  email: EmailSchema,
  article: ArticleSchema,
  "linkedin-post": LinkedInPostSchema,
  "instagram-post": InstagramPostSchema,
  "x-post": XPostSchema,
  "merchant-feed": MerchantFeedSchema,
} as const satisfies { [K in AssetKind]: z.ZodType<AssetOfKind<K>> };

export function isAssetKind(value: unknown): value is AssetKind {
  return typeof value === "string" && (ASSET_KINDS as readonly string[]).includes(value);
}
