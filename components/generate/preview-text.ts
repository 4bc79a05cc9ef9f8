import type { RsaDescription, RsaHeadline } from "@/lib/assets/schemas/google-rsa";
import { buildUtmUrl, type Utm } from "@/lib/assets/schemas/utm";

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Cuts after `max` visible characters (graphemes, so an emoji or "ü" is never split) and adds "…". */
export function truncateVisible(text: string, max: number): string {
  const segments = [...graphemes.segment(text)];
  if (segments.length <= max) return text;
  return `${segments
    .slice(0, max)
    .map((segment) => segment.segment)
    .join("")
    .trimEnd()}…`;
}

/** "https://shop.example/de/jacken" + slug "regenjacke" → "shop.example › de › jacken › regenjacke", like Google's breadcrumb. */
export function serpBreadcrumb(baseUrl: string | null, slug: string): string {
  const parts: string[] = [];
  if (baseUrl && URL.canParse(baseUrl)) {
    const url = new URL(baseUrl);
    parts.push(url.hostname, ...url.pathname.split("/").filter(Boolean));
  } else {
    parts.push("your-site.example");
  }
  if (slug !== "" && parts.at(-1) !== slug) parts.push(slug);
  return parts.join(" › ");
}

/** "shop.example/Jacken/Damen": the display URL of a search ad, host plus the optional path fields. */
export function displayUrl(finalUrl: string, path1: string | null, path2: string | null): string {
  const host = URL.canParse(finalUrl) ? new URL(finalUrl).hostname.replace(/^www\./, "") : "example.com";
  return [host, path1, path1 ? path2 : null].filter((part): part is string => Boolean(part && part.trim())).join("/");
}

/**
 * The headlines or descriptions one impression could show, in position order. Google fills
 * pinned positions with their pinned text and rotates the rest; the preview shows the first
 * unpinned texts in the free positions, which is one of the combinations Google may serve.
 */
export function pickForPreview<T extends RsaHeadline | RsaDescription>(items: readonly T[], positions: number): T[] {
  const usable = items.filter((item) => item.text.trim() !== "");
  const unpinned = usable.filter((item) => item.pin === null);
  const picked: T[] = [];
  for (let position = 1; position <= positions; position++) {
    const item = usable.find((candidate) => candidate.pin === position) ?? unpinned.shift();
    if (item) picked.push(item);
  }
  return picked;
}

/** The landing page with its UTM parameters, or null while the final URL is not an absolute URL. */
export function trackingUrl(finalUrl: string, utm: Utm): string | null {
  if (!URL.canParse(finalUrl)) return null;
  try {
    return buildUtmUrl(finalUrl, utm);
  } catch {
    return null;
  }
}

export function hostOf(url: string): string | null {
  return URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, "") : null;
}

/**
 * The page's own URL as the hreflang list states it: the entry for its language, else
 * x-default, else the first. SEO pages carry no URL field of their own.
 */
export function pageUrlFromHreflang(hreflang: readonly { language: string; url: string }[], language: string): string | null {
  const own = hreflang.find((entry) => entry.language.toLowerCase().split("-")[0] === language);
  return (own ?? hreflang.find((entry) => entry.language === "x-default") ?? hreflang[0])?.url ?? null;
}
