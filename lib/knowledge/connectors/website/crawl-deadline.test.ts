import { describe, expect, it } from "vitest";
import type { SafeResponse } from "@/lib/http/outbound/safe-fetch";
import { crawlWebsite, type CrawlResult } from "./crawl-website";

/** A tiny site answered from memory: every page links to the next, 20 pages in all. */
function fakeSite() {
  const requested: string[] = [];
  const fetch = async (url: string): Promise<SafeResponse> => {
    requested.push(url);
    const path = new URL(url).pathname;
    if (path === "/robots.txt") return { status: 404, url, headers: {}, body: Buffer.from(""), redirects: [] };
    const page = path === "/" ? 0 : Number(path.slice("/p".length));
    const next = page < 19 ? `<a href="/p${page + 1}">next</a>` : "";
    const html = `<html><head><title>Page ${page}</title></head><body><main><h1>Page ${page}</h1><p>Text of page ${page} for the crawl.</p>${next}</main></body></html>`;
    return { status: 200, url, headers: { "content-type": "text/html" }, body: Buffer.from(html), redirects: [] };
  };
  return { fetch, requested };
}

describe("a crawl's time limit", () => {
  it("crawls the whole site when there is time", async () => {
    const site = fakeSite();
    const results: CrawlResult[] = [];
    const summary = await crawlWebsite({
      startUrl: "https://site.example/",
      pageLimit: 100,
      concurrency: 2,
      delayMs: 0,
      known: new Map(),
      fetch: site.fetch,
      deadlineAt: Date.now() + 60_000,
      onResult: async (result) => void results.push(result),
    });
    expect(summary.completed).toBe(true);
    expect(results.filter((result) => result.kind === "fetched")).toHaveLength(20);
  });

  it("stops taking pages at the deadline and reports the crawl as incomplete, so nothing is retired", async () => {
    const site = fakeSite();
    const results: CrawlResult[] = [];
    const summary = await crawlWebsite({
      startUrl: "https://site.example/",
      pageLimit: 100,
      concurrency: 2,
      delayMs: 0,
      known: new Map(),
      fetch: site.fetch,
      deadlineAt: Date.now() - 1,
      onResult: async (result) => void results.push(result),
    });
    expect(summary.completed).toBe(false);
    expect(summary.error).toMatch(/time limit/);
    expect(results).toHaveLength(0);
    // Only robots.txt was asked for: no page after the deadline.
    expect(site.requested).toEqual(["https://site.example/robots.txt"]);
  });
});
