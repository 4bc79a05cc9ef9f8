import type { SeoPage } from "@/lib/assets/schemas/seo-page";
import { isValidHreflang } from "@/lib/assets/validate/hreflang";
import { isAbsoluteHttpUrl } from "@/lib/assets/validate/url";

/**
 * One alternate per workspace language. The local writer cannot know how the site routes its
 * language versions, so it uses the one scheme that needs no knowledge of the URL structure and
 * keeps every URL absolute: the page URL with a `lang` query parameter (`…/fjell-3l?lang=de`),
 * the same for every language including the page's own. A site with `/de/` paths rewrites these
 * in the editor; a wrong guess at a path would be a broken link, a query parameter is not.
 */
export function seoHreflang(finalUrl: string, workspaceLanguages: readonly string[]): SeoPage["hreflang"] {
  if (!isAbsoluteHttpUrl(finalUrl)) return [];
  const seen = new Set<string>();
  const entries: SeoPage["hreflang"] = [];
  for (const language of workspaceLanguages) {
    const code = language.trim();
    const key = code.toLowerCase();
    if (!isValidHreflang(code) || key === "x-default" || seen.has(key)) continue;
    seen.add(key);
    const url = new URL(finalUrl);
    url.searchParams.set("lang", key);
    entries.push({ language: code, url: url.toString() });
  }
  return entries;
}
