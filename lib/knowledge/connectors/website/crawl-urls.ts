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
 * Patterns are URL globs: `*` matches any characters, everything else literally. A pattern without a scheme matches
 * the path. Matched without a regular expression: `.*` per star backtracks polynomially in the number of stars (an
 * editor's `/*a*a*a…` froze the server for seconds per URL), while a glob with only `*` can be matched greedily,
 * segment by segment, in one pass over the URL.
 */
export function compileUrlPattern(pattern: string): (url: string) => boolean {
  const trimmed = pattern.trim();
  const segments = trimmed.split(/\*+/);
  const isFullUrl = /^https?:\/\//i.test(trimmed);
  return (url) => {
    const parsed = new URL(url);
    return globMatches(segments, isFullUrl ? url : `${parsed.pathname}${parsed.search}`);
  };
}

/**
 * Whether `text` matches the literal segments of a glob split at its stars: the first is a prefix, the last a suffix,
 * and each one between is found leftmost after the previous (taking the leftmost occurrence never loses a match).
 */
export function globMatches(segments: readonly string[], text: string): boolean {
  if (segments.length === 1) return text === segments[0];
  const first = segments[0]!;
  const last = segments[segments.length - 1]!;
  if (!text.startsWith(first)) return false;
  let position = first.length;
  for (const middle of segments.slice(1, -1)) {
    const found = text.indexOf(middle, position);
    if (found < 0) return false;
    position = found + middle.length;
  }
  return text.length - last.length >= position && text.endsWith(last);
}

export function createUrlFilter(options: { include?: string[]; exclude?: string[] }): (url: string) => boolean {
  const include = (options.include ?? []).filter((p) => p.trim()).map(compileUrlPattern);
  const exclude = (options.exclude ?? []).filter((p) => p.trim()).map(compileUrlPattern);
  return (url) => (include.length === 0 || include.some((match) => match(url))) && !exclude.some((match) => match(url));
}
