/** Landing pages and hreflang alternates must be absolute http(s) URLs; relative paths break in ads and feeds. */
export function isAbsoluteHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
}

/**
 * Compares URLs the way a site serves them: host case, a trailing slash and the fragment do not
 * make a different page, so "https://Shop.example/jacken/" matches "https://shop.example/jacken".
 */
export function normalizeUrlForComparison(value: string): string {
  if (!URL.canParse(value)) return value.trim();
  const url = new URL(value);
  url.hash = "";
  if (url.pathname.length > 1 && url.pathname.endsWith("/")) url.pathname = url.pathname.replace(/\/+$/, "");
  return url.toString();
}
