import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { listApiRoutes, matchApiPath } from "@/lib/api/registry";

/**
 * A plain node:http server that hands each request to the registered REST route handler for its
 * path, the way Next's router would: the same Fetch Request/Response, path params as a promise.
 * Lets integration tests drive the API with real `fetch` (headers, bodies, status codes on the
 * wire) without `next dev` or a build.
 */
export async function startApiTestServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const route = listApiRoutes()
        .map((candidate) => ({ candidate, params: candidate.method === req.method ? matchApiPath(candidate.path, url.pathname) : null }))
        .find((match) => match.params !== null);
      if (!route) {
        res.writeHead(404, { "content-type": "text/plain" }).end("no route");
        return;
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const hasBody = req.method !== "GET" && req.method !== "HEAD";
      const request = new Request(url, {
        method: req.method,
        headers,
        ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: "half" } : {}),
      } as RequestInit);
      // As `next start` does: a route without dynamic segments gets a params promise of undefined.
      const params = Object.keys(route.params!).length > 0 ? route.params! : (undefined as unknown as Record<string, string>);
      const response = await route.candidate.handle(request, { params: Promise.resolve(params) });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      // Piped, not buffered: a streaming answer reaches the client event by event, as from Next.
      if (response.body) Readable.fromWeb(response.body as import("node:stream/web").ReadableStream).pipe(res);
      else res.end();
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
