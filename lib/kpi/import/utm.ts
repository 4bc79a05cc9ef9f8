export interface UtmTags {
  utmCampaign: string | null;
  utmContent: string | null;
}

/**
 * Reads utm_campaign and utm_content from a landing-page URL, so imported performance can be
 * joined with the asset that produced the ad. Tolerates what exports put in URL columns: no
 * scheme ("example.com/?utm_…"), a bare query or URL suffix ("utm_source=x&utm_campaign=y"),
 * and JSON-ish lists (`["https://…"]`). ValueTrack placeholders such as {campaignid} are kept
 * as written: they are the configured value, and resolving them needs the ad platform.
 */
export function extractUtm(url: string | undefined | null): UtmTags {
  const none: UtmTags = { utmCampaign: null, utmContent: null };
  if (!url) return none;
  const text = url.trim();
  const questionMark = text.indexOf("?");
  let query: string;
  if (questionMark >= 0) query = text.slice(questionMark + 1);
  else if (/^[\w.-]+=/.test(text)) query = text;
  else return none;
  // Stop at the fragment or at whatever closes a quoted/list value.
  query = query.split(/[#"'\]\s]/, 1)[0] ?? "";
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return none;
  }
  const read = (name: string) => {
    const value = params.get(name)?.trim();
    return value ? value : null;
  };
  return { utmCampaign: read("utm_campaign"), utmContent: read("utm_content") };
}
