import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { SafeResponse } from "@/lib/http/outbound/safe-fetch";
import { crawlWebsite, type CrawlResult, type KnownPage } from "./crawl-website";
import { MAX_LINKS_PER_PAGE, MAX_SITEMAP_BYTES } from "./limits";
import { readPage } from "./read-page";
import { sitemapText } from "./sitemap";

const ORIGIN = "https://site.example";
/** `etag`: the answer's ETag; a request sending it back as If-None-Match is answered 304, as a real server would. */
type FakeAnswer = { status?: number; body?: string | Buffer; contentType?: string; headers?: Record<string, string>; redirectTo?: string; etag?: string };

/**
 * A site answered from memory. `redirectTo` plays what safeFetch returns after following redirects: the answer of the
 * final URL, with `url` set to it (the crawler sees only that).
 */
function fakeSite(answers: Record<string, FakeAnswer>) {
  const requested: string[] = [];
  const requests: { url: string; headers: Record<string, string>; maxBytes?: number }[] = [];
  const fetch = async (url: string, headers: Record<string, string> = {}, options: { maxBytes?: number } = {}): Promise<SafeResponse> => {
    requested.push(url);
    requests.push({ url, headers, maxBytes: options.maxBytes });
    const path = new URL(url).pathname + new URL(url).search;
    let answer = answers[path];
    let finalUrl = url;
    if (answer?.redirectTo) {
      finalUrl = new URL(answer.redirectTo, url).href;
      answer = answers[new URL(finalUrl).pathname] ?? { body: html("Elsewhere", "A page somewhere the crawl must not index.") };
    }
    if (!answer) return { status: 404, url: finalUrl, headers: {}, body: Buffer.from(""), redirects: [] };
    const body = Buffer.isBuffer(answer.body) ? answer.body : Buffer.from(answer.body ?? "");
    const redirects = finalUrl === url ? [] : [url];
    if (answer.etag && headers["if-none-match"] === answer.etag) return { status: 304, url: finalUrl, headers: { etag: answer.etag }, body: Buffer.from(""), redirects };
    return { status: answer.status ?? 200, url: finalUrl, headers: { "content-type": answer.contentType ?? "text/html", ...answer.headers }, body, redirects };
  };
  return { fetch, requested, requests };
}

function html(title: string, text: string, options: { links?: string[]; canonical?: string } = {}) {
  const links = (options.links ?? []).map((href) => `<a href="${href}">${href}</a>`).join(" ");
  return `<html><head><title>${title}</title>${options.canonical ? `<link rel="canonical" href="${options.canonical}">` : ""}</head><body><main><h1>${title}</h1><p>${text}</p>${links}</main></body></html>`;
}

async function crawl(answers: Record<string, FakeAnswer>, options: { startUrl?: string; include?: string[]; exclude?: string[]; known?: Map<string, KnownPage>; onSitemapRead?: () => Promise<void> } = {}) {
  const site = fakeSite(answers);
  const results: CrawlResult[] = [];
  const summary = await crawlWebsite({
    startUrl: options.startUrl ?? `${ORIGIN}/`,
    include: options.include,
    exclude: options.exclude,
    pageLimit: 100,
    concurrency: 2,
    delayMs: 0,
    known: options.known ?? new Map(),
    fetch: site.fetch,
    onResult: async (result) => void results.push(result),
    onSitemapRead: options.onSitemapRead,
  });
  const byPath = (path: string) => results.find((r) => r.url === `${ORIGIN}${path}`);
  return { summary, results, byPath, requested: site.requested, requests: site.requests };
}

describe("redirects and canonicals follow the crawl's rules", () => {
  const home = { body: html("Home", "The home page of the test site.", { links: ["/to-draft", "/to-private", "/to-elsewhere", "/moved"] }) };
  const robots = { body: "User-agent: *\nDisallow: /private\n", contentType: "text/plain" };

  it("skips a page that redirects to an excluded URL, a robots-disallowed URL or another host, with a reason", async () => {
    const { results, byPath, summary } = await crawl(
      {
        "/robots.txt": robots,
        "/": home,
        "/to-draft": { redirectTo: "/drafts/secret" },
        "/to-private": { redirectTo: "/private/prices" },
        "/to-elsewhere": { redirectTo: "https://other.example/page" },
        "/moved": { redirectTo: "/new-home" },
        "/new-home": { body: html("New home", "The page that moved here is fine to index.") },
      },
      { exclude: ["/drafts/*"] },
    );
    expect(summary.completed).toBe(true);
    expect(byPath("/to-draft")).toEqual({ kind: "skipped", url: `${ORIGIN}/to-draft`, reason: "It redirects to a URL the connector's patterns exclude." });
    expect(byPath("/to-private")).toEqual({ kind: "skipped", url: `${ORIGIN}/to-private`, reason: "It redirects to a URL robots.txt disallows." });
    expect(byPath("/to-elsewhere")).toEqual({ kind: "skipped", url: `${ORIGIN}/to-elsewhere`, reason: "It redirects to another host." });
    // A redirect within the rules is indexed under the URL it ended at.
    const moved = byPath("/moved");
    expect(moved?.kind).toBe("fetched");
    expect(moved?.kind === "fetched" && moved.page.canonicalUrl).toBe(`${ORIGIN}/new-home`);
    // Nothing was indexed under a refused URL.
    const indexedUrls = results.flatMap((r) => (r.kind === "fetched" ? [r.page.canonicalUrl] : []));
    expect(indexedUrls.some((url) => url.includes("/drafts/") || url.includes("/private/") || url.includes("other.example"))).toBe(false);
  });

  it("does not honour a canonical URL the rules refuse: the page keeps the URL it was fetched from", async () => {
    const { byPath } = await crawl(
      {
        "/robots.txt": robots,
        "/": { body: html("Home", "The home page of the test site.", { links: ["/a", "/b", "/c"] }) },
        "/a": { body: html("A", "Claims to be an excluded page.", { canonical: "/drafts/a" }) },
        "/b": { body: html("B", "Claims to be a disallowed page.", { canonical: "/private/b" }) },
        "/c": { body: html("C", "Names its canonical URL properly.", { canonical: "/c-canonical" }) },
      },
      { exclude: ["/drafts/*"] },
    );
    const canonical = (path: string) => {
      const result = byPath(path);
      return result?.kind === "fetched" ? result.page.canonicalUrl : null;
    };
    expect(canonical("/a")).toBe(`${ORIGIN}/a`);
    expect(canonical("/b")).toBe(`${ORIGIN}/b`);
    expect(canonical("/c")).toBe(`${ORIGIN}/c-canonical`);
  });
});

describe("links per page", () => {
  it(`takes at most ${MAX_LINKS_PER_PAGE} links from one page, in document order`, () => {
    const anchors = Array.from({ length: MAX_LINKS_PER_PAGE + 500 }, (_, i) => `<a href="/p${i}">${i}</a>`).join("");
    const page = readPage(`<html><body><main><p>Many links.</p>${anchors}</main></body></html>`, `${ORIGIN}/`);
    expect(page.links).toHaveLength(MAX_LINKS_PER_PAGE);
    expect(page.links[0]).toBe(`${ORIGIN}/p0`);
    expect(page.links.at(-1)).toBe(`${ORIGIN}/p${MAX_LINKS_PER_PAGE - 1}`);
  });
});

describe("gzip sitemaps", () => {
  const urlset = (paths: string[]) =>
    `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>${ORIGIN}${p}</loc></url>`).join("")}</urlset>`;
  const pages = { "/a": { body: html("A", "Page A of the sitemap.") }, "/b": { body: html("B", "Page B of the sitemap.") } };

  it("reads a sitemap.xml.gz and a sitemap sent with Content-Encoding: gzip", async () => {
    const index = `<?xml version="1.0"?><sitemapindex><sitemap><loc>${ORIGIN}/sitemap-1.xml.gz</loc></sitemap><sitemap><loc>${ORIGIN}/sitemap-2.xml</loc></sitemap></sitemapindex>`;
    const { results } = await crawl({
      "/robots.txt": { body: `Sitemap: ${ORIGIN}/sitemap_index.xml\n`, contentType: "text/plain" },
      "/sitemap_index.xml": { body: index, contentType: "application/xml" },
      "/sitemap-1.xml.gz": { body: gzipSync(urlset(["/a"])), contentType: "application/gzip" },
      "/sitemap-2.xml": { body: gzipSync(urlset(["/b"])), contentType: "application/xml", headers: { "content-encoding": "gzip" } },
      "/": { body: html("Home", "The home page links nowhere.") },
      ...pages,
    });
    expect(results.filter((r) => r.kind === "fetched").map((r) => new URL(r.url).pathname).sort()).toEqual(["/", "/a", "/b"]);
    expect(results.filter((r) => r.kind === "failed")).toEqual([]);
  });

  it("ends a zip bomb with a clear error in the report, and the crawl still completes", async () => {
    // 60 MB of blanks after the XML declaration packs into a few dozen kilobytes.
    const bomb = gzipSync(Buffer.concat([Buffer.from('<?xml version="1.0"?>'), Buffer.alloc(60 * 1024 * 1024, 0x20)]));
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const { results, summary } = await crawl(
      { "/sitemap.xml.gz": { body: bomb, contentType: "application/gzip" }, "/": { body: html("Home", "Links to B.", { links: ["/b"] }) }, ...pages },
      { startUrl: `${ORIGIN}/sitemap.xml.gz` },
    );
    expect(results.find((r) => r.url === `${ORIGIN}/sitemap.xml.gz`)).toEqual({
      kind: "failed",
      url: `${ORIGIN}/sitemap.xml.gz`,
      reason: `The gzip sitemap unpacks to more than ${MAX_SITEMAP_BYTES / 1024 / 1024} MB; it was not read.`,
    });
    expect(summary.completed).toBe(true);
  });

  it("stops unpacking at the bound instead of inflating everything", () => {
    const packed = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
    const before = process.memoryUsage().arrayBuffers;
    expect(() => sitemapText(packed, 1024 * 1024)).toThrow(/unpacks to more than 1 MB/);
    // Far below the 50 MB the bomb holds (the bound plus zlib's working chunks).
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(20 * 1024 * 1024);
    expect(() => sitemapText(Buffer.from([0x1f, 0x8b, 1, 2, 3]))).toThrow(/damaged/);
    expect(sitemapText(Buffer.from("<urlset/>"))).toBe("<urlset/>");
  });

  it("reports a sitemap that answers a server error as failed, and passes over a missing one", async () => {
    const { results } = await crawl({
      "/robots.txt": { body: `Sitemap: ${ORIGIN}/broken.xml\nSitemap: ${ORIGIN}/missing.xml\n`, contentType: "text/plain" },
      "/broken.xml": { status: 503 },
      "/": { body: html("Home", "The home page links nowhere.") },
    });
    expect(results.filter((r) => r.kind === "failed")).toEqual([{ kind: "failed", url: `${ORIGIN}/broken.xml`, reason: "HTTP 503" }]);
  });
});

describe("the sitemap phase's heartbeat", () => {
  it("calls onSitemapRead after every sitemap file, read or failed", async () => {
    const index = `<?xml version="1.0"?><sitemapindex>${[1, 2, 3].map((n) => `<sitemap><loc>${ORIGIN}/s${n}.xml</loc></sitemap>`).join("")}</sitemapindex>`;
    let beats = 0;
    const { requested } = await crawl(
      {
        "/sitemap.xml": { body: index, contentType: "application/xml" },
        "/s1.xml": { body: "<urlset/>" },
        "/s2.xml": { body: "<urlset/>" },
        "/s3.xml": { status: 500 },
      },
      { startUrl: `${ORIGIN}/sitemap.xml`, onSitemapRead: async () => void beats++ },
    );
    expect(requested.filter((url) => url.endsWith(".xml"))).toHaveLength(4);
    expect(beats).toBe(4);
  });
});

describe("a start URL that redirects away", () => {
  it("ends the crawl as not completed, with the reason, when the start URL redirects to another host", async () => {
    const { summary, byPath } = await crawl({ "/": { redirectTo: "https://www.site.example/" } });
    expect(byPath("/")).toMatchObject({ kind: "skipped", reason: "It redirects to another host." });
    expect(summary.completed).toBe(false);
    expect(summary.error).toMatch(/^The start URL was not crawled: It redirects to another host\. .*nothing was retired\.$/);
  });
});

describe("a 304 after a redirect", () => {
  const known = (etag: string) => new Map<string, KnownPage>([[`${ORIGIN}/old`, { etag, lastModified: null, links: [] }]]);

  it("is not trusted: the page is fetched again without validators and read from the URL it now ends at", async () => {
    const { byPath, requests } = await crawl(
      {
        "/": { body: html("Home", "Links to a page that moved.", { links: ["/old"] }) },
        "/old": { redirectTo: "/new" },
        // The target happens to carry the ETag the old page had.
        "/new": { body: html("New", "The page that now answers for the old URL."), etag: '"same"' },
      },
      { known: known('"same"') },
    );
    const old = byPath("/old");
    expect(old?.kind).toBe("fetched");
    expect(old?.kind === "fetched" && old.page.canonicalUrl).toBe(`${ORIGIN}/new`);
    expect(requests.filter((r) => r.url === `${ORIGIN}/old`).map((r) => r.headers["if-none-match"] ?? null)).toEqual(['"same"', null]);
  });

  it("does not keep a page whose redirect now leaves the rules", async () => {
    const { byPath } = await crawl(
      {
        "/": { body: html("Home", "Links to a page that moved into the drafts.", { links: ["/old"] }) },
        "/old": { redirectTo: "/drafts/old" },
        "/drafts/old": { body: html("Draft", "Excluded text."), etag: '"same"' },
      },
      { known: known('"same"'), exclude: ["/drafts/*"] },
    );
    expect(byPath("/old")).toEqual({ kind: "skipped", url: `${ORIGIN}/old`, reason: "It redirects to a URL the connector's patterns exclude." });
  });
});

describe("sitemap answers", () => {
  const robots = { body: `Sitemap: ${ORIGIN}/sitemap.xml\n`, contentType: "text/plain" };
  const home = { body: html("Home", "The home page links nowhere.") };

  it.each([429, 403, 503])("counts HTTP %i on a sitemap as a failure (so nothing is retired), not as a missing sitemap", async (status) => {
    const { results, summary } = await crawl({ "/robots.txt": robots, "/sitemap.xml": { status }, "/": home });
    expect(results.filter((r) => r.kind === "failed")).toEqual([{ kind: "failed", url: `${ORIGIN}/sitemap.xml`, reason: `HTTP ${status}` }]);
    expect(summary.completed).toBe(true);
  });

  it.each([404, 410])("passes over a sitemap answered %i (missing)", async (status) => {
    const { results } = await crawl({ "/robots.txt": robots, "/sitemap.xml": { status }, "/": home });
    expect(results.filter((r) => r.kind === "failed")).toEqual([]);
  });

  it("fetches sitemaps with the sitemap size limit, pages with the caller's", async () => {
    const { requests } = await crawl({
      "/robots.txt": robots,
      "/sitemap.xml": { body: `<?xml version="1.0"?><urlset><url><loc>${ORIGIN}/</loc></url></urlset>`, contentType: "application/xml" },
      "/": home,
    });
    expect(requests.find((r) => r.url === `${ORIGIN}/sitemap.xml`)?.maxBytes).toBe(MAX_SITEMAP_BYTES);
    expect(requests.find((r) => r.url === `${ORIGIN}/`)?.maxBytes).toBeUndefined();
  });

  it("does not read a sitemap that redirects to another host, and reports it as failed", async () => {
    const { results, requested } = await crawl({
      "/robots.txt": robots,
      "/sitemap.xml": { redirectTo: "https://other.example/sitemap-elsewhere.xml" },
      "/sitemap-elsewhere.xml": { body: `<?xml version="1.0"?><urlset><url><loc>${ORIGIN}/listed</loc></url></urlset>`, contentType: "application/xml" },
      "/": home,
      "/listed": { body: html("Listed", "Only listed in the other host's sitemap.") },
    });
    expect(results.find((r) => r.url === `${ORIGIN}/sitemap.xml`)).toEqual({ kind: "failed", url: `${ORIGIN}/sitemap.xml`, reason: "The sitemap redirects to another host; it was not read." });
    expect(requested).not.toContain(`${ORIGIN}/listed`);
  });
});
