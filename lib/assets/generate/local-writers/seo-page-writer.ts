import type { WithOmissions } from "@/lib/assets/schemas/omission";
import type { ExtractiveInput } from "@/lib/ai/local-models/extractive/read-prompt";
import type { SeoPage } from "@/lib/assets/schemas/seo-page";
import { buildFactBase } from "./fact-base";
import { settleDisclaimers } from "./settle-disclaimers";
import { seoFaq } from "./seo-faq";
import { seoHreflang } from "./seo-hreflang";
import { seoJsonLd } from "./seo-json-ld";
import { seoSlug, seoTargetKeywords } from "./seo-keywords";
import { seoInternalLinks } from "./seo-links";
import { seoOutline } from "./seo-outline";
import { seoH1, seoMetaDescription, seoTitle } from "./seo-snippet";

/** SEO landing page from the quoted sources only; see the section files for each field's rules. */
export function writeSeoPage(input: ExtractiveInput): WithOmissions<SeoPage> {
  const facts = buildFactBase(input, "seo-page");
  const faq = seoFaq(facts);
  return settleDisclaimers({
    kind: "seo-page",
    language: facts.language,
    targetKeywords: seoTargetKeywords(facts),
    slug: seoSlug(facts),
    title: seoTitle(facts),
    metaDescription: seoMetaDescription(facts),
    h1: seoH1(facts),
    outline: seoOutline(facts, faq),
    faq,
    internalLinks: seoInternalLinks(facts),
    hreflang: seoHreflang(facts.brief.finalUrl, facts.brief.workspaceLanguages),
    jsonLd: seoJsonLd(facts),

    omissions: facts.omissions,
  }, facts.policy);
}
