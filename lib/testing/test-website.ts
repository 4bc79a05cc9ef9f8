import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One page of the test site: HTML by default; `status` for 404/410/500; `redirect` for a Location; bytes (a gzip sitemap) as a Buffer. */
export type TestPage = { body?: string | Buffer; status?: number; contentType?: string; redirect?: string; lastModified?: string; headers?: Record<string, string> };

/**
 * A small website on 127.0.0.1 for crawler tests, the e2e spec and the crawl benchmark. Pages
 * can be changed between syncs; it answers conditional GETs (ETag from the body, Last-Modified
 * when given) with 304, and records every request. No `@/` imports: Playwright loads it too.
 */
export type TestWebsite = {
  origin: string;
  pages: Map<string, TestPage>;
  requests: { method: string; path: string; conditional: boolean; status: number }[];
  /** Runs (and is awaited) before each answer: a test can look at or change the database while a sync waits. */
  onRequest?: (path: string) => Promise<void> | void;
  close(): Promise<void>;
};

export function htmlPage(options: { title: string; body: string; links?: string[]; canonical?: string }): string {
  const links = (options.links ?? []).map((href) => `<li><a href="${href}">${href}</a></li>`).join("");
  return `<!doctype html><html><head><title>${options.title}</title>${options.canonical ? `<link rel="canonical" href="${options.canonical}">` : ""}</head>
<body><nav><ul>${links}</ul></nav><main><h1>${options.title}</h1><p>${options.body}</p></main><footer>© Test brand</footer></body></html>`;
}

export async function startTestWebsite(pages: Record<string, TestPage> = {}): Promise<TestWebsite> {
  const site: Omit<TestWebsite, "origin" | "close"> = { pages: new Map(Object.entries(pages)), requests: [] };
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const path = req.url ?? "/";
    await site.onRequest?.(path);
    const page = site.pages.get(path);
    const conditional = Boolean(req.headers["if-none-match"] || req.headers["if-modified-since"]);
    const answer = (status: number, headers: Record<string, string> = {}, body: string | Buffer = "") => {
      site.requests.push({ method: req.method ?? "GET", path, conditional, status });
      res.writeHead(status, headers).end(body);
    };
    if (!page) return answer(404, { "content-type": "text/plain" }, "not found");
    if (page.redirect) return answer(page.status ?? 302, { location: page.redirect });
    if (page.status && page.status !== 200) return answer(page.status, { "content-type": "text/plain" }, "error");
    const body = page.body ?? "";
    const etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`;
    const validators: Record<string, string> = { etag, ...(page.lastModified ? { "last-modified": page.lastModified } : {}) };
    if (req.headers["if-none-match"] === etag) return answer(304, validators);
    return answer(200, { "content-type": page.contentType ?? "text/html; charset=utf-8", ...validators, ...page.headers }, body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  // The same object the server reads, so `website.onRequest = …` takes effect.
  return Object.assign(site, {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
