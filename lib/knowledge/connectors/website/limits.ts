/** Pages one website connector indexes at most when the editor gives no limit, and the highest limit allowed. */
export const DEFAULT_PAGE_LIMIT = 200;
export const MAX_PAGE_LIMIT = 5_000;
/**
 * Links taken from one page at most (in document order). A hostile or generated page with a million anchors must not
 * blow up the crawl's frontier or the stored `links` column; a real page's navigation and content stay far below it.
 */
export const MAX_LINKS_PER_PAGE = 1_000;
/**
 * Bytes a gzip-compressed sitemap may unpack to. Compressed, it is fetched under the page size limit, but gzip packs
 * repetitive XML a thousandfold: without this bound a 3 MB download could unpack into gigabytes (a zip bomb). 10 MB
 * holds some 80,000 URLs, more than the highest page limit needs.
 */
export const MAX_SITEMAP_UNPACKED_BYTES = 10 * 1024 * 1024;
