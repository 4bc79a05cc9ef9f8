import "server-only";
import type { Database } from "@/lib/db/types";
import { createSourceVersion } from "@/lib/knowledge/sources/create-source-version";
import { submitIngestion } from "@/lib/knowledge/sources/submit-ingestion";
import { importFeed, type FeedImportResult } from "@/lib/knowledge/feeds/import-feed";
import { saveBrandSettings } from "@/lib/assets/brand/brand-settings";
import { KIT_DOCUMENTS, kitFileName } from "./kit/documents";
import { SPURWERK_RULES } from "./kit/kit-rules";
import { KIT_FEED_CSV, KIT_FEED_MAPPING } from "./kit/product-feed";
import { SPURWERK_SITE } from "./kit/site";
import { toBrandRules } from "./kit/to-brand-rules";

/**
 * Puts the Spurwerk kit into a workspace the way a new customer would: each document uploaded as a
 * Markdown file with its role and classification, the feed through the real import (with the
 * mapping the admin confirms in the preview, so the malformed row is rejected and reported), and
 * the rules as the admin would enter them today. Ingestion is queued; the caller runs the jobs.
 */
export async function seedBrandKit(db: Database, options: { workspaceId: string; actorId: string }): Promise<{ feed: FeedImportResult }> {
  const versionIds: string[] = [];
  for (const document of KIT_DOCUMENTS) {
    const created = await createSourceVersion(db, {
      workspaceId: options.workspaceId,
      actorId: options.actorId,
      title: document.title,
      kind: document.kind,
      classification: document.classification,
      language: document.language,
      canonicalUrl: document.canonicalUrl,
      origin: "upload",
      format: "markdown",
      fileName: kitFileName(document),
      bytes: new TextEncoder().encode(document.markdown),
    });
    if (created.versionId) versionIds.push(created.versionId);
  }
  await submitIngestion(db, { workspaceId: options.workspaceId, versionIds });
  // One feed in two languages: the language column is an attribute, each product's language is detected.
  const feed = await importFeed(db, {
    workspaceId: options.workspaceId,
    actorId: options.actorId,
    feedName: "Spurwerk shop feed (synthetic)",
    text: KIT_FEED_CSV,
    mapping: KIT_FEED_MAPPING,
    classification: "public",
    language: null,
  });
  await saveBrandSettings(db, {
    workspaceId: options.workspaceId,
    userId: options.actorId,
    siteUrl: SPURWERK_SITE.url,
    languages: [...SPURWERK_SITE.languages],
    rules: toBrandRules(SPURWERK_RULES),
  });
  return { feed };
}
