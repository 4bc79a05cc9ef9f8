/**
 * A connector's URL (or a page URL of its sync history) as shown to a member who may read knowledge but not manage
 * connectors. Feed URLs often carry an access key — `?token=…`, `?key=…`, a bare `?9f8e7d…`, a `#access_token=…`
 * fragment, or `user:password@` (refused when a connector is added, but a row may predate that check) — and whoever
 * holds it can fetch the feed, or more, from the shop. The whole query string becomes `?…` (a bare key is no parameter
 * name to keep), and userinfo and the fragment are dropped. A key in the path (`/feeds/<key>/export.csv`) cannot be told
 * apart from a path and stays visible (docs/knowledge-base.md, known limits).
 */
export function maskUrlSecrets(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // Not a URL we can take apart: show nothing of it rather than risk showing a key.
    return "…";
  }
  // Built by hand: the URL setters would percent-encode the ellipsis.
  return `${url.protocol}//${url.host}${url.pathname}${url.search ? "?…" : ""}`;
}
