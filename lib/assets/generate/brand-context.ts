import "server-only";
import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { FACT_BEARING_ROLES } from "@/lib/knowledge/source-roles";
import { brandSettings, knowledgeSources, workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { EMPTY_BRAND_RULES, readBrandRules, type BrandRules } from "@/lib/assets/schemas/brand-rules";
import { readUtmConvention } from "@/lib/campaigns/utm-convention";
import type { UtmConvention } from "@/lib/campaigns/utm-convention-schema";

export type BrandContext = {
  brandName: string;
  siteUrl: string | null;
  languages: string[];
  rules: BrandRules;
  /** Live pages and products of the knowledge base with a URL: the only internal-link and breadcrumb targets a generator may use. */
  knownUrls: { url: string; title: string; language: "de" | "en" | null }[];
  /** How UTM values are built and checked (Admin → Brand); the built-in convention when none is saved. */
  utmConvention: UtmConvention;
};

const MAX_KNOWN_URLS = 200;

/** What generation and validation need to know about the brand, read once per request. */
export async function loadBrandContext(db: Database, workspaceId: string): Promise<BrandContext> {
  const [workspace] = await db.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, workspaceId));
  const [settings] = await db.select().from(brandSettings).where(eq(brandSettings.workspaceId, workspaceId));
  // Only known, live pages: indexed (ready; not queued, failed or a duplicate), not retired, not
  // confidential, and of a fact-bearing role (a brand guide or an internal note is no link target).
  // Products are here only as accepted feed rows: a row rejected as malformed never became a source.
  const pages = await db
    .select({ url: knowledgeSources.canonicalUrl, title: knowledgeSources.title, language: knowledgeSources.language })
    .from(knowledgeSources)
    .where(
      and(
        eq(knowledgeSources.workspaceId, workspaceId),
        isNotNull(knowledgeSources.canonicalUrl),
        eq(knowledgeSources.status, "ready"),
        isNull(knowledgeSources.retiredAt),
        inArray(knowledgeSources.kind, [...FACT_BEARING_ROLES]),
        inArray(knowledgeSources.classification, ["public", "internal"]),
      ),
    )
    .orderBy(knowledgeSources.title)
    .limit(MAX_KNOWN_URLS);
  return {
    brandName: workspace?.name ?? "",
    siteUrl: settings?.siteUrl ?? null,
    languages: settings?.languages ?? ["de", "en"],
    // Read through the schema: rules stored before a field existed get its default.
    rules: settings ? readBrandRules(settings.rules) : EMPTY_BRAND_RULES,
    knownUrls: pages.filter((p): p is typeof p & { url: string } => p.url !== null),
    utmConvention: readUtmConvention(settings?.utmConvention),
  };
}
