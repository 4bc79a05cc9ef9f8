import { gunzipSync } from "node:zlib";
import { XMLParser } from "fast-xml-parser";
import { MAX_SITEMAP_BYTES } from "./limits";

const parser = new XMLParser({
  ignoreAttributes: true,
  // Entities are not expanded: a sitemap has no use for them and expansion is an amplification risk.
  processEntities: false,
  isArray: (name) => name === "url" || name === "sitemap",
});

/** A sitemap that could not be read, with a sentence for the sync's report. */
export class SitemapError extends Error {}

/** Gzip's magic bytes. undici's request() does not undo Content-Encoding, so a gzip answer arrives as these bytes. */
function isGzip(body: Uint8Array): boolean {
  return body.length >= 2 && body[0] === 0x1f && body[1] === 0x8b;
}

/**
 * The XML of a fetched sitemap, unpacked when it is gzip: a `sitemap.xml.gz`, or any sitemap sent with
 * `Content-Encoding: gzip` or as `application/gzip`. The bytes decide, not the name or the headers: they are what
 * arrived (a server may also compress a `.gz` file once more, so two layers are undone). Unpacking stops at
 * `maxBytes`, so a zip bomb ends with an error instead of filling the memory.
 */
export function sitemapText(body: Buffer, maxBytes = MAX_SITEMAP_BYTES): string {
  let bytes = body;
  for (let layer = 0; layer < 2 && isGzip(bytes); layer++) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: maxBytes });
    } catch (error) {
      if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
        throw new SitemapError(`The gzip sitemap unpacks to more than ${Math.round(maxBytes / 1024 / 1024)} MB; it was not read.`);
      }
      throw new SitemapError("The gzip sitemap is damaged and could not be unpacked.");
    }
  }
  return bytes.toString("utf8");
}

/** A sitemap's page URLs, or a sitemap index's child sitemaps (sitemaps.org protocol). */
export function parseSitemap(xml: string): { pages: string[]; sitemaps: string[] } {
  let document: { urlset?: { url?: { loc?: unknown }[] }; sitemapindex?: { sitemap?: { loc?: unknown }[] } };
  try {
    document = parser.parse(xml);
  } catch {
    return { pages: [], sitemaps: [] };
  }
  const locs = (entries: { loc?: unknown }[] | undefined) => (entries ?? []).flatMap((entry) => (typeof entry.loc === "string" ? [entry.loc.trim()] : []));
  return { pages: locs(document.urlset?.url), sitemaps: locs(document.sitemapindex?.sitemap) };
}

export function looksLikeSitemap(url: string): boolean {
  return /\.xml(\.gz)?$/i.test(new URL(url).pathname);
}
