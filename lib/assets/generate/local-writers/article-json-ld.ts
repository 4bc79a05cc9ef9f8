import { serializeJsonLd } from "@/lib/assets/schemas/json-ld";
import { isAbsoluteHttpUrl } from "@/lib/assets/validate/url";
import type { FactBase } from "./fact-base";
import { organization, siteRoot } from "./seo-json-ld";

// The path many CMSs publish posts under. A proposal like every generated field: the editor shows
// it, and the validator warns if it stops ending in the slug once someone edits either.
const BLOG_PATH = "blog";

/**
 * Where the article will live: `<site root>/blog/<slug>`. The root is the brief's landing page's
 * (the product page's, else the brand site's) host, so the article stays on the brand's own
 * site; "" when there is no absolute landing page or no slug, which the validator reports.
 */
export function articleCanonicalUrl(facts: FactBase, slug: string): string {
  const root = isAbsoluteHttpUrl(facts.brief.finalUrl) ? siteRoot(facts.brief.finalUrl) : null;
  return root && slug !== "" ? new URL(`${BLOG_PATH}/${slug}`, root).toString() : "";
}

/**
 * One BlogPosting node: the H1 as headline, the meta description, the language, the brand as
 * author and publisher, and the canonical URL as mainEntityOfPage. No datePublished and no image:
 * the publisher's CMS knows the date and has the picture (validate/article-json-ld.ts does not
 * ask for them). Every value is copy this asset states or brief data.
 */
export function articleJsonLd(facts: FactBase, article: { headline: string; description: string; canonicalUrl: string }): string {
  if (!facts.hasFacts || article.headline === "") return "[]";
  const root = siteRoot(facts.brief.finalUrl);
  const brand = facts.brand ? organization(facts, root) : null;
  return serializeJsonLd([
    {
      "@context": "https://schema.org",
      "@type": "BlogPosting",
      headline: article.headline,
      ...(article.description !== "" ? { description: article.description } : {}),
      inLanguage: facts.language,
      ...(brand ? { author: brand, publisher: brand } : {}),
      ...(article.canonicalUrl !== "" ? { mainEntityOfPage: { "@type": "WebPage", "@id": article.canonicalUrl } } : {}),
    },
  ]);
}
