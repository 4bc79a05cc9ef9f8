import type { CLASSIFICATIONS, LANGUAGES, SOURCE_KINDS } from "@/lib/db/schema/knowledge-sources";

/**
 * One knowledge document of the demo content, shaped like a pasted knowledge source so the seed
 * can hand it to the normal ingestion path (the same chunking, language and firewall checks as a
 * marketer's upload) instead of writing chunks directly.
 */
export type SeedDocument = {
  title: string;
  /**
   * The page's public address; it becomes an allowed internal-link target for generated SEO
   * pages. Null for internal and confidential documents: they have no public page, and giving
   * them one would invite links to it.
   */
  canonicalUrl: string | null;
  language: (typeof LANGUAGES)[number];
  classification: (typeof CLASSIFICATIONS)[number];
  kind: (typeof SOURCE_KINDS)[number];
  markdown: string;
};
