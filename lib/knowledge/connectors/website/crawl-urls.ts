/**
 * URL rules of the website crawler: one spelling per page (so the same page found twice is
 * fetched once) and the include/exclude patterns an editor gives.
 */
export function normalizeCrawlUrl(value: string, base?: string | URL): string | null {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  // WHATWG URL already lower-cases the host and drops default ports.
  return url.href;
}

export function isSameHost(a: string, b: string): boolean {
  return new URL(a).host === new URL(b).host;
}

/**
 * Patterns are URL globs: `*` matches any characters, everything else literally, so an editor's
 * pattern can never be a slow regular expression. A pattern without a scheme matches the path.
 */
export function compileUrlPattern(pattern: string): (url: string) => boolean {
  const escaped = pattern.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*+/g, ".*");
  const regex = new RegExp(`^${escaped}$`);
  const isFullUrl = /^https?:\/\//i.test(pattern.trim());
  return (url) => {
    const parsed = new URL(url);
    return regex.test(isFullUrl ? url : `${parsed.pathname}${parsed.search}`);
  };
}

export function createUrlFilter(options: { include?: string[]; exclude?: string[] }): (url: string) => boolean {
  const include = (options.include ?? []).filter((p) => p.trim()).map(compileUrlPattern);
  const exclude = (options.exclude ?? []).filter((p) => p.trim()).map(compileUrlPattern);
  return (url) => (include.length === 0 || include.some((match) => match(url))) && !exclude.some((match) => match(url));
}
