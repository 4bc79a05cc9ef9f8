import { useTranslations } from "next-intl";
import type { SeoPage } from "@/lib/assets/schemas/seo-page";
import { pageUrlFromHreflang, serpBreadcrumb } from "./preview-text";

/**
 * How a page could appear in Google's results. Google cuts titles by pixel width (about
 * 600 px at 20 px Arial), not by characters, so the title is truncated by CSS at that width
 * rather than by a character count. Shared by the SEO page and the article (their URL differs:
 * the page's comes from its hreflang list, the article has a canonical URL).
 */
export function SerpSnippet({ title, description, pageUrl, slug }: { title: string; description: string; pageUrl: string | null; slug: string }) {
  const t = useTranslations("generate.previews");
  const breadcrumb = serpBreadcrumb(pageUrl, slug);
  return (
    <figure data-testid="serp-preview" className="rounded-md border border-slate-200 bg-white p-4 font-[Arial,sans-serif]">
      <figcaption className="mb-2 text-xs font-medium tracking-wide text-slate-500 uppercase">{t("serpPreview")}</figcaption>
      <p className="max-w-[600px] truncate text-sm text-slate-700">{breadcrumb}</p>
      <p className="max-w-[600px] truncate text-xl leading-snug text-[#1a0dab]">{title || t("titleMissing")}</p>
      <p className="line-clamp-2 max-w-[600px] text-sm text-slate-600">{description || t("metaDescriptionMissing")}</p>
    </figure>
  );
}

export function SerpPreview({ page }: { page: SeoPage }) {
  return <SerpSnippet title={page.title.text} description={page.metaDescription.text} pageUrl={pageUrlFromHreflang(page.hreflang, page.language)} slug={page.slug} />;
}
