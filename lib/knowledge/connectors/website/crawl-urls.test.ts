import { describe, expect, it } from "vitest";
import { compileUrlPattern, createUrlFilter, globMatches, normalizeCrawlUrl } from "./crawl-urls";
import { HostLimiter } from "./host-limiter";
import { parseSitemap } from "./sitemap";

describe("normalizeCrawlUrl", () => {
  it("resolves relative links, drops fragments and default ports, and refuses other schemes", () => {
    expect(normalizeCrawlUrl("../b?x=1#top", "https://Example.com:443/a/c")).toBe("https://example.com/b?x=1");
    expect(normalizeCrawlUrl("mailto:hi@example.com", "https://example.com/")).toBeNull();
    expect(normalizeCrawlUrl("javascript:alert(1)", "https://example.com/")).toBeNull();
  });
});

describe("URL patterns", () => {
  it("matches path globs literally except for *", () => {
    const blog = compileUrlPattern("/blog/*");
    expect(blog("https://example.com/blog/post-1")).toBe(true);
    expect(blog("https://example.com/blogroll")).toBe(false);
    // A dot or question mark in a pattern is literal, not a regular expression.
    expect(compileUrlPattern("/a.html")("https://example.com/aXhtml")).toBe(false);
    expect(compileUrlPattern("https://example.com/de/*")("https://example.com/de/x")).toBe(true);
  });

  it("matches globs segment by segment: prefix, leftmost middles, suffix that does not overlap them", () => {
    const glob = (pattern: string) => pattern.split(/\*+/);
    expect(globMatches(glob("/a*b*c"), "/axxbyyc")).toBe(true);
    expect(globMatches(glob("/a*b*c"), "/axxcyyb")).toBe(false);
    expect(globMatches(glob("*abc*abc"), "abcabc")).toBe(true);
    // The suffix must not reuse characters a middle segment consumed.
    expect(globMatches(glob("*ab*ba"), "aba")).toBe(false);
    expect(globMatches(glob("/x*"), "/x")).toBe(true);
    expect(globMatches(glob("*"), "")).toBe(true);
    expect(globMatches(glob("/exact"), "/exactly")).toBe(false);
  });

  it("answers a pattern of many stars without backtracking (it once took seconds as a regular expression)", () => {
    const pattern = compileUrlPattern(`/${"*a".repeat(40)}!`);
    expect(pattern(`https://example.com/${"a".repeat(3000)}`)).toBe(false);
    expect(pattern(`https://example.com/${"a".repeat(3000)}!`)).toBe(true);
  });

  it("includes everything without include patterns and lets exclusions win", () => {
    const filter = createUrlFilter({ include: ["/docs/*"], exclude: ["/docs/internal/*"] });
    expect(filter("https://example.com/docs/a")).toBe(true);
    expect(filter("https://example.com/docs/internal/a")).toBe(false);
    expect(filter("https://example.com/shop")).toBe(false);
    expect(createUrlFilter({})("https://example.com/anything")).toBe(true);
  });
});

describe("parseSitemap", () => {
  it("reads page URLs and sitemap index entries, and nothing from invalid XML", () => {
    expect(parseSitemap('<urlset><url><loc> https://e.com/a </loc></url><url><loc>https://e.com/b</loc></url></urlset>').pages).toEqual(["https://e.com/a", "https://e.com/b"]);
    expect(parseSitemap("<urlset><url><loc>https://e.com/only</loc></url></urlset>").pages).toEqual(["https://e.com/only"]);
    expect(parseSitemap("<sitemapindex><sitemap><loc>https://e.com/s1.xml</loc></sitemap></sitemapindex>").sitemaps).toEqual(["https://e.com/s1.xml"]);
    expect(parseSitemap("not xml at all <<<")).toEqual({ pages: [], sitemaps: [] });
  });
});

describe("HostLimiter", () => {
  it("never runs more than its concurrency at once and spaces starts by the delay", async () => {
    const limiter = new HostLimiter(2, 20);
    let running = 0;
    let peak = 0;
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, () =>
        limiter.run(async () => {
          starts.push(Date.now());
          peak = Math.max(peak, ++running);
          await new Promise((resolve) => setTimeout(resolve, 5));
          running--;
        }),
      ),
    );
    expect(peak).toBeLessThanOrEqual(2);
    const gaps = starts.slice(1).map((start, i) => start - starts[i]!);
    // Timers may fire a millisecond early; the spacing is what matters.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(18);
  });
});
