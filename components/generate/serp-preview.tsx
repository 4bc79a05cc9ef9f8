import type { SeoPage } from "@/lib/assets/schemas/seo-page";
import { pageUrlFromHreflang, serpBreadcrumb } from "./preview-text";

/**
 * How the page could appear in Google's results. Google cuts titles by pixel width (about
 * 600 px at 20 px Arial), not by characters, so the title is truncated by CSS at that width
 * rather than by a character count.
 */
export function SerpPreview({ page }: { page: SeoPage }) {
  const breadcrumb = serpBreadcrumb(pageUrlFromHreflang(page.hreflang, page.language), page.slug);
  return (
    <figure data-testid="serp-preview" className="rounded-md border border-slate-200 bg-white p-4 font-[Arial,sans-serif]">
      <figcaption className="mb-2 text-xs font-medium tracking-wide text-slate-500 uppercase">Search result preview</figcaption>
      <p className="max-w-[600px] truncate text-sm text-slate-700">{breadcrumb}</p>
      <p className="max-w-[600px] truncate text-xl leading-snug text-[#1a0dab]">{page.title.text || "(title not written yet)"}</p>
      <p className="line-clamp-2 max-w-[600px] text-sm text-slate-600">{page.metaDescription.text || "(meta description not written yet)"}</p>
    </figure>
  );
}
