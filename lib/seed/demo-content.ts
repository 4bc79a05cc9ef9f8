import "server-only";
import { FEED_PRESETS } from "@/lib/rag/product-feed/presets";
import type { Database } from "@/lib/db/types";
import { createSourceVersion } from "@/lib/knowledge/sources/create-source-version";
import { submitIngestion } from "@/lib/knowledge/sources/submit-ingestion";
import { importFeed } from "@/lib/knowledge/feeds/import-feed";
import { saveBrandSettings } from "@/lib/assets/brand/brand-settings";
import { EMPTY_BRAND_RULES, type BrandRules } from "@/lib/assets/schemas/brand-rules";
import type { UtmConvention } from "@/lib/campaigns/utm-convention-schema";
import type { SeedDocument } from "./content/types";
import { NORDLICHT_PAGES } from "./content/nordlicht-pages";
import { NORDLICHT_PRODUCT_FEED_CSV } from "./content/nordlicht-products";
import { NORDLICHT_BRAND_RULES } from "./content/nordlicht-brand-rules";
import { WALDKAFFEE_PAGES } from "./content/waldkaffee-pages";
import { NORDLICHT_SITE, WALDKAFFEE_SITE } from "./content/sites";

type BrandSeed = {
  pages: readonly SeedDocument[];
  feedCsv: string | null;
  site: { url: string; languages: readonly string[] };
  rules: BrandRules;
};

export const DEMO_CONTENT: Record<"nordlicht" | "waldkaffee", BrandSeed> = {
  nordlicht: { pages: NORDLICHT_PAGES, feedCsv: NORDLICHT_PRODUCT_FEED_CSV, site: NORDLICHT_SITE, rules: NORDLICHT_BRAND_RULES },
  waldkaffee: { pages: WALDKAFFEE_PAGES, feedCsv: null, site: WALDKAFFEE_SITE, rules: EMPTY_BRAND_RULES },
};

/**
 * Puts a demo brand's synthetic content into its knowledge base through the normal paths (paste
 * and feed import, then the ingestion job), and stores its brand settings. The queued ingestion
 * runs in the background worker; `npm run seed` runs it to the end before exiting.
 */
export async function seedBrandContent(db: Database, options: { workspaceId: string; seed: BrandSeed; utmConvention?: UtmConvention }) {
  const versionIds: string[] = [];
  for (const page of options.seed.pages) {
    const created = await createSourceVersion(db, {
      workspaceId: options.workspaceId,
      actorId: null,
      title: page.title,
      kind: page.kind,
      classification: page.classification,
      language: page.language,
      canonicalUrl: page.canonicalUrl,
      origin: "paste",
      format: "markdown",
      fileName: `${page.title}.md`,
      bytes: new TextEncoder().encode(page.markdown),
    });
    if (created.versionId) versionIds.push(created.versionId);
  }
  await submitIngestion(db, { workspaceId: options.workspaceId, versionIds });
  if (options.seed.feedCsv) {
    await importFeed(db, {
      workspaceId: options.workspaceId,
      actorId: "system",
      feedName: "Demo shop (synthetic)",
      text: options.seed.feedCsv,
      mapping: FEED_PRESETS.google_merchant.mapping,
      classification: "public",
      language: "de",
    });
  }
  await saveBrandSettings(db, {
    workspaceId: options.workspaceId,
    userId: "system",
    siteUrl: options.seed.site.url,
    languages: options.seed.site.languages.filter((l): l is "de" | "en" => l === "de" || l === "en"),
    rules: options.seed.rules,
    // The demo keeps the built-in convention; the evaluation sets one (NORDLICHT_UTM_CONVENTION).
    ...(options.utmConvention ? { utmConvention: options.utmConvention } : {}),
  });
}
