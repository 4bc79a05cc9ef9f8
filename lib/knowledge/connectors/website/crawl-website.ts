import robotsParser from "robots-parser";
import { describeOutboundFailure, type SafeResponse } from "@/lib/http/outbound/safe-fetch";
import { createUrlFilter, isSameHost, normalizeCrawlUrl } from "./crawl-urls";
import { HostLimiters } from "./host-limiter";
import { MAX_SITEMAP_BYTES } from "./limits";
import { readPage, type ReadPage } from "./read-page";
import { looksLikeSitemap, parseSitemap, SitemapError, sitemapText } from "./sitemap";

export const CRAWLER_USER_AGENT = "BrandpilotBot/1 (+https://github.com/brandpilot/brandpilot; knowledge connector)";
const ROBOTS_AGENT = "BrandpilotBot";
const MAX_SITEMAPS = 20;
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

/**
 * One fetch: the safe client with the workspace's network setting, bound by the caller. `maxBytes` overrides the
 * caller's page size limit (sitemaps may be far larger than a page, see MAX_SITEMAP_BYTES).
 */
export type PageFetcher = (url: string, headers: Record<string, string>, options?: { maxBytes?: number }) => Promise<SafeResponse>;

export type KnownPage = { etag: string | null; lastModified: string | null; links: string[] };

export type CrawlResult =
  | { kind: "fetched"; url: string; html: Buffer; etag: string | null; lastModified: string | null; page: ReadPage }
  | { kind: "not_modified"; url: string }
  | { kind: "gone"; url: string }
  /** Answered, but by redirecting to a URL the crawl may not index (another host, excluded, disallowed). */
  | { kind: "skipped"; url: string; reason: string }
  | { kind: "failed"; url: string; reason: string };

export type CrawlOptions = {
  startUrl: string;
  include?: string[];
  exclude?: string[];
  pageLimit: number;
  concurrency: number;
  delayMs: number;
  /** Validators and links of pages fetched before, by URL: conditional GETs, and links to follow after a 304. */
  known: Map<string, KnownPage>;
  fetch: PageFetcher;
  onResult(result: CrawlResult): Promise<void>;
  onProgress?(progress: { seen: number; fetched: number }): void;
  /** After each sitemap file: a sitemap phase fetches no page, yet the sync must show it is alive (its locks). */
  onSitemapRead?(): Promise<void>;
  /**
   * When to stop taking new pages (epoch ms). The job worker runs one job at a time, so a slow or polite site
   * (Crawl-delay, 5,000 pages) must not hold every workspace's jobs for hours; the rest is fetched next sync.
   */
  deadlineAt?: number;
};

export type CrawlSummary = { seen: number; fetched: number; robotsDisallowed: number; completed: boolean; error?: string };

/**
 * Crawls one website: pages from the sitemap (when the start URL is one, or robots.txt names
 * some) and links found on pages, on the start URL's host only, filtered by the patterns and
 * robots.txt, up to the page limit. Each page's outcome goes to `onResult` as it arrives; a page
 * that fails is reported and the crawl goes on. `completed: false` means the crawl could not
 * run (robots.txt unreachable): the caller must not retire pages it did not see.
 */
export async function crawlWebsite(options: CrawlOptions): Promise<CrawlSummary> {
  const start = normalizeCrawlUrl(options.startUrl);
  if (!start) return { seen: 0, fetched: 0, robotsDisallowed: 0, completed: false, error: "The start URL is not a web address." };
  const robotsUrl = new URL("/robots.txt", start).href;
  let robots: ReturnType<typeof robotsParser>;
  try {
    const response = await options.fetch(robotsUrl, {});
    // RFC 9309: a missing robots.txt (4xx) allows everything; a server error means "do not crawl now".
    if (response.status >= 500) return { seen: 0, fetched: 0, robotsDisallowed: 0, completed: false, error: `robots.txt answered HTTP ${response.status}; the site was not crawled.` };
    robots = robotsParser(robotsUrl, response.status < 300 ? response.body.toString("utf8") : "");
  } catch (error) {
    return { seen: 0, fetched: 0, robotsDisallowed: 0, completed: false, error: `robots.txt could not be read: ${describeOutboundFailure(error)}` };
  }

  const isWanted = createUrlFilter(options);
  const limiters = new HostLimiters({ concurrency: options.concurrency, delayMs: options.delayMs });
  const crawlDelayMs = Math.min(10_000, (robots.getCrawlDelay(ROBOTS_AGENT) ?? 0) * 1000);
  const seen = new Set<string>();
  const handledCanonicals = new Set<string>();
  const queue: string[] = [];
  let fetched = 0;
  let robotsDisallowed = 0;
  // Why the start URL itself was skipped (it redirects elsewhere), or null: see the end of the crawl.
  let startSkipped: string | null = null;

  /**
   * Why the crawl may not take this URL, or null. One rule for every way a URL comes in: a link, a sitemap entry, the
   * URL a redirect ended at, and a page's rel=canonical. Otherwise a page could redirect (or claim to be) a URL the
   * editor excluded, robots.txt disallows, or another site's, and be indexed under it.
   */
  const refusal = (url: string): "host" | "pattern" | "robots" | null => {
    if (!isSameHost(url, start)) return "host";
    if (!isWanted(url)) return "pattern";
    if (robots.isAllowed(url, ROBOTS_AGENT) === false) return "robots";
    return null;
  };

  const discover = (url: string | null) => {
    if (!url || seen.has(url) || seen.size >= options.pageLimit) return;
    const refused = refusal(url);
    if (refused === "robots") robotsDisallowed++;
    if (refused) return;
    seen.add(url);
    queue.push(url);
  };

  const sitemaps = looksLikeSitemap(start) ? [start] : robots.getSitemaps().filter((s) => normalizeCrawlUrl(s) && isSameHost(s, start));
  const isPastDeadline = () => options.deadlineAt !== undefined && Date.now() >= options.deadlineAt;
  await readSitemaps(sitemaps, { ...options, limiters, crawlDelayMs, discover, isPastDeadline });
  if (!looksLikeSitemap(start)) discover(start);

  const fetchOne = async (url: string) => {
    const known = options.known.get(url);
    const plainHeaders: Record<string, string> = { "user-agent": CRAWLER_USER_AGENT, accept: "text/html,application/xhtml+xml" };
    const headers = { ...plainHeaders };
    if (known?.etag) headers["if-none-match"] = known.etag;
    if (known?.lastModified) headers["if-modified-since"] = known.lastModified;
    let result: CrawlResult;
    try {
      let response = await limiters.for(url, crawlDelayMs).run(() => options.fetch(url, headers));
      // The validators were this URL's, yet the redirect's target answered them: its 304 says nothing about what
      // this URL now shows (another page may carry the same ETag). Ask again without them, unless the rules refuse
      // the target anyway (classify skips it without needing a body).
      if (response.status === 304 && response.redirects.length > 0 && !redirectRefusal(url, response, refusal)) {
        response = await limiters.for(url, crawlDelayMs).run(() => options.fetch(url, plainHeaders));
      }
      fetched++;
      result = classify(url, response, known, refusal);
    } catch (error) {
      result = { kind: "failed", url, reason: describeOutboundFailure(error) };
    }
    if (url === start && result.kind === "skipped") startSkipped = result.reason;
    if (result.kind === "not_modified") for (const link of known?.links ?? []) discover(link);
    if (result.kind === "fetched") {
      for (const link of result.page.links) discover(link);
      // Two URLs naming the same canonical page (?utm=…, /index.html) are one page.
      if (handledCanonicals.has(result.page.canonicalUrl)) return;
      handledCanonicals.add(result.page.canonicalUrl);
    }
    await options.onResult(result);
    options.onProgress?.({ seen: seen.size, fetched });
  };

  // A pool of workers over a queue that grows as pages are read; a worker with nothing to do
  // waits while others may still add links.
  let inFlight = 0;
  let stoppedAtDeadline = false;
  const worker = async () => {
    for (;;) {
      if (queue.length > 0 && isPastDeadline()) {
        stoppedAtDeadline = true;
        queue.length = 0;
      }
      const next = queue.shift();
      if (next !== undefined) {
        inFlight++;
        try {
          await fetchOne(next);
        } finally {
          inFlight--;
        }
        continue;
      }
      if (inFlight === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  // A start URL that redirects away (example.com → www.example.com, a login or maintenance page) yields no links: every
  // page found through it would look "no longer linked". The sync fails with the reason and retires nothing.
  if (startSkipped) {
    return { seen: seen.size, fetched, robotsDisallowed, completed: false, error: `The start URL was not crawled: ${startSkipped} If the site moved there, add a connector for the new address; nothing was retired.` };
  }
  // Pages not reached were not seen: nothing may be retired for their absence.
  if (stoppedAtDeadline) {
    return { seen: seen.size, fetched, robotsDisallowed, completed: false, error: `The sync reached its time limit after ${fetched} pages; the rest follow at the next sync and nothing was retired.` };
  }
  return { seen: seen.size, fetched, robotsDisallowed, completed: true };
}

const REDIRECT_REFUSALS = {
  host: "It redirects to another host.",
  pattern: "It redirects to a URL the connector's patterns exclude.",
  robots: "It redirects to a URL robots.txt disallows.",
} as const;

type Refusal = (url: string) => keyof typeof REDIRECT_REFUSALS | null;

/** Why the crawl may not take the URL a redirect ended at, or null (no redirect, or the target passes the rules). */
function redirectRefusal(url: string, response: SafeResponse, refusal: Refusal) {
  const finalUrl = normalizeCrawlUrl(response.url) ?? url;
  return finalUrl === url ? null : refusal(finalUrl);
}

function classify(url: string, response: SafeResponse, known: KnownPage | undefined, refusal: Refusal): CrawlResult {
  // The page is indexed under the URL that answered: that URL must pass the crawl's rules as if it had been a link.
  // Checked before the status, so neither a 304 nor an error of the target decides about a URL that now leaves the rules.
  const refused = redirectRefusal(url, response, refusal);
  if (refused) return { kind: "skipped", url, reason: REDIRECT_REFUSALS[refused] };
  if (response.status === 304 && known && response.redirects.length === 0) return { kind: "not_modified", url };
  if (response.status === 404 || response.status === 410) return { kind: "gone", url };
  if (response.status < 200 || response.status >= 300) return { kind: "failed", url, reason: `HTTP ${response.status}` };
  const finalUrl = normalizeCrawlUrl(response.url) ?? url;
  const type = response.headers["content-type"] ?? "text/html";
  if (!HTML_TYPES.test(type)) return { kind: "failed", url, reason: `Not an HTML page (${type.split(";")[0]}).` };
  const read = readPage(response.body.toString("utf8"), finalUrl);
  if (read.isNoIndex) return { kind: "gone", url };
  // A canonical the rules refuse is not honoured: the page keeps the URL it was fetched from (which passed them).
  const page = read.canonicalUrl !== finalUrl && refusal(read.canonicalUrl) ? { ...read, canonicalUrl: finalUrl } : read;
  return { kind: "fetched", url, html: response.body, etag: response.headers.etag ?? null, lastModified: response.headers["last-modified"] ?? null, page };
}

/**
 * Sitemaps and sitemap indexes, breadth first, at most MAX_SITEMAPS files. A missing one (404/410) is passed over; any
 * other answer than 200 (429, 403, 5xx), a network error, one larger than MAX_SITEMAP_BYTES (packed or unpacked) or
 * one that redirects to another host is reported as a failed URL, which also keeps the sync from retiring pages it
 * did not find (they may be listed in it). Link discovery runs either way.
 */
async function readSitemaps(
  urls: string[],
  options: {
    fetch: PageFetcher;
    limiters: HostLimiters;
    crawlDelayMs: number;
    discover(url: string | null): void;
    isPastDeadline(): boolean;
    onResult(result: CrawlResult): Promise<void>;
    onSitemapRead?(): Promise<void>;
  },
) {
  const pending = [...urls];
  const read = new Set<string>();
  while (pending.length > 0 && read.size < MAX_SITEMAPS && !options.isPastDeadline()) {
    const url = pending.shift()!;
    if (read.has(url)) continue;
    read.add(url);
    let failure: string | null = null;
    try {
      const response = await options.limiters.for(url, options.crawlDelayMs).run(() => options.fetch(url, { "user-agent": CRAWLER_USER_AGENT }, { maxBytes: MAX_SITEMAP_BYTES }));
      // Only the pages of the start URL's host are indexed, so only its sitemaps are read, wherever a redirect ends.
      const finalUrl = normalizeCrawlUrl(response.url) ?? url;
      if (!isSameHost(finalUrl, url)) failure = "The sitemap redirects to another host; it was not read.";
      else if (response.status === 404 || response.status === 410) failure = null;
      else if (response.status !== 200) failure = `HTTP ${response.status}`;
      else {
        const sitemap = parseSitemap(sitemapText(response.body));
        for (const page of sitemap.pages) options.discover(normalizeCrawlUrl(page, url));
        for (const child of sitemap.sitemaps) {
          const normalized = normalizeCrawlUrl(child, url);
          if (normalized && isSameHost(normalized, url)) pending.push(normalized);
        }
      }
    } catch (error) {
      failure = error instanceof SitemapError ? error.message : describeOutboundFailure(error);
    }
    if (failure) await options.onResult({ kind: "failed", url, reason: failure });
    await options.onSitemapRead?.();
  }
}
