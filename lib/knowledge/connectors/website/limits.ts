/** Pages one website connector indexes at most when the editor gives no limit, and the highest limit allowed. */
export const DEFAULT_PAGE_LIMIT = 200;
export const MAX_PAGE_LIMIT = 5_000;
/**
 * Links taken from one page at most (in document order). A hostile or generated page with a million anchors must not
 * blow up the crawl's frontier or the stored `links` column; a real page's navigation and content stay far below it.
 */
export const MAX_LINKS_PER_PAGE = 1_000;
/**
 * Bytes one sitemap file may have, both as downloaded and once unpacked when it is gzip: the sitemaps.org limit
 * (50 MB uncompressed, 50,000 URLs). A conformant sitemap must be readable, since one that fails keeps the sync from
 * retiring anything; the same bound on unpacking stops a gzip bomb (gzip packs repetitive XML a thousandfold, so a
 * small download could otherwise unpack into gigabytes). At most this much is held in memory per sitemap, one at a time.
 */
export const MAX_SITEMAP_BYTES = 50 * 1024 * 1024;
