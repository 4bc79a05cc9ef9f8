import type { ExtractiveInput } from "@/lib/ai/local-models/extractive/read-prompt";
import type { Article } from "@/lib/assets/schemas/article";
import type { WithOmissions } from "@/lib/assets/schemas/omission";
import { articleBody } from "./article-body";
import { articleCanonicalUrl, articleJsonLd } from "./article-json-ld";
import { buildFactBase } from "./fact-base";
import { seoSlug } from "./seo-keywords";
import { seoInternalLinks } from "./seo-links";
import { seoH1, seoMetaDescription, seoTitle } from "./seo-snippet";
import { settleDisclaimers } from "./settle-disclaimers";

/**
 * Blog article from the quoted sources only. The SEO fields come from the SEO page's writers
 * (title, meta description, H1, slug, internal links); the outline is planned from the ranked
 * source topics and the sections carry it out (article-body.ts), so outline and headings agree.
 */
export function writeArticle(input: ExtractiveInput): WithOmissions<Article> {
  const facts = buildFactBase(input, "article");
  const body = articleBody(facts);
  const h1 = seoH1(facts);
  // The disclaimers close the body, where a reader sees them; the snippet keeps its room for copy.
  const metaDescription = seoMetaDescription({ ...facts, policy: { ...facts.policy, disclaimers: [] } });
  const slug = seoSlug(facts);
  const canonicalUrl = articleCanonicalUrl(facts, slug);
  return settleDisclaimers(
    {
      kind: "article",
      language: facts.language,
      title: seoTitle(facts),
      metaDescription,
      slug,
      canonicalUrl,
      h1,
      outline: body.sections.map((section) => section.heading.text),
      lead: body.lead,
      sections: body.sections,
      internalLinks: seoInternalLinks(facts),
      jsonLd: articleJsonLd(facts, { headline: h1.text, description: metaDescription.text, canonicalUrl }),

      omissions: facts.omissions,
    },
    facts.policy,
  );
}
