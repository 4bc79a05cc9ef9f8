/**
 * A connector's URL as shown to a member who may read knowledge but not manage connectors. Feed URLs often carry an
 * access key — `?token=…`, `?key=…`, a `#access_token=…` fragment, or `user:password@` (refused when a connector is
 * added, but a row may predate that check) — and whoever holds it can fetch the feed, or more, from the shop. Query
 * parameter names stay (they say what kind of URL it is); values, the fragment and userinfo are hidden.
 */
export function maskUrlSecrets(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // Not a URL we can take apart: show nothing of it rather than risk showing a key.
    return "…";
  }
  const hidden = "***";
  if (url.username || url.password) {
    url.username = hidden;
    url.password = "";
  }
  const names = [...url.searchParams.keys()];
  if (names.length > 0) url.search = names.map((name) => `${encodeURIComponent(name)}=${hidden}`).join("&");
  if (url.hash) url.hash = hidden;
  return url.href;
}
