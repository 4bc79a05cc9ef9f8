import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OutboundRequestError } from "./outbound-error";
import ipaddr from "ipaddr.js";
import { parsePrivateNetworkPolicy, type PrivateNetworkPolicy } from "./private-network-policy";
import type { Resolver } from "./safe-agent";
import { safeFetch } from "./safe-fetch";

let server: Server;
let port: number;
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  "/ok": (_req, res) => res.end("hello"),
  "/to-metadata": (_req, res) => res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
  "/to-loopback-name": (_req, res) => res.writeHead(302, { location: `http://internal.test:${port}/ok` }).end(),
  "/to-self": (_req, res) => res.writeHead(302, { location: "/ok" }).end(),
  "/loop": (_req, res) => res.writeHead(302, { location: "/loop" }).end(),
  "/big": (_req, res) => res.end("x".repeat(10_000)),
  "/slow": () => undefined,
  "/post-see-other": (req, res) => res.writeHead(303, { location: "/method" }).end(),
  "/method": (req, res) => res.end(req.method),
  "/headers": (req, res) => res.end(JSON.stringify(req.headers)),
  "/to-headers": (_req, res) => res.writeHead(302, { location: "/headers" }).end(),
  "/to-other-origin": (_req, res) => res.writeHead(302, { location: `http://other.test:${port}/headers` }).end(),
  "/to-other-then-back": (_req, res) => res.writeHead(302, { location: `http://other.test:${port}/back` }).end(),
  "/back": (_req, res) => res.writeHead(302, { location: `http://internal.test:${port}/headers` }).end(),
};

// Made-up names: "public.test" pretends to be a public host (and is where the server is); the others resolve to loopback.
const resolver: Resolver = async (hostname) => {
  if (hostname === "rebind.test") return [{ address: "93.184.216.34", family: 4 }, { address: "127.0.0.1", family: 4 }];
  if (hostname === "metadata.nip.test") return [{ address: "169.254.169.254", family: 4 }];
  return [{ address: "127.0.0.1", family: 4 }];
};

beforeAll(async () => {
  server = createServer((req, res) => (routes[req.url ?? ""] ?? ((_q, r) => r.writeHead(404).end()))(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function refusal(promise: Promise<unknown>): Promise<OutboundRequestError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(OutboundRequestError);
  return error as OutboundRequestError;
}

describe("safeFetch", () => {
  it("refuses a name that resolves to loopback, checked at connect time", async () => {
    const error = await refusal(safeFetch(`http://internal.test:${port}/ok`, { allowPrivateNetworks: false, resolver }));
    expect(error.reason).toBe("blocked_address");
    expect(error.range).toBe("loopback");
    expect(error.message).not.toContain("127.0.0.1");
  });

  it("refuses a name if any of its addresses is private (rebinding between answers)", async () => {
    const error = await refusal(safeFetch(`http://rebind.test:${port}/ok`, { allowPrivateNetworks: false, resolver }));
    expect(error.range).toBe("loopback");
  });

  it("refuses a literal loopback address and a metadata name", async () => {
    expect((await refusal(safeFetch(`http://127.0.0.1:${port}/ok`, { allowPrivateNetworks: false }))).range).toBe("loopback");
    expect((await refusal(safeFetch(`http://[::ffff:7f00:1]:${port}/ok`, { allowPrivateNetworks: true }))).range).toBe("embedded_ipv4");
    expect((await refusal(safeFetch("http://metadata.nip.test/latest", { allowPrivateNetworks: true, resolver }))).range).toBe("link_local");
  });

  it("fetches from a private network when the workspace allows it", async () => {
    const response = await safeFetch(`http://internal.test:${port}/ok`, { allowPrivateNetworks: true, resolver });
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe("hello");
  });

  it("re-checks every redirect: to link-local is refused even for intranets, to a loopback name without the setting", async () => {
    expect((await refusal(safeFetch(`http://internal.test:${port}/to-metadata`, { allowPrivateNetworks: true, resolver }))).range).toBe("link_local");
    const followed = await safeFetch(`http://internal.test:${port}/to-self`, { allowPrivateNetworks: true, resolver });
    expect(followed.url).toBe(`http://internal.test:${port}/ok`);
    expect(followed.redirects).toHaveLength(1);
  });

  it("limits redirects, size and time", async () => {
    expect((await refusal(safeFetch(`http://internal.test:${port}/loop`, { allowPrivateNetworks: true, resolver, maxRedirects: 3 }))).reason).toBe("too_many_redirects");
    expect((await refusal(safeFetch(`http://internal.test:${port}/big`, { allowPrivateNetworks: true, resolver, maxBytes: 1_000 }))).reason).toBe("too_large");
    expect((await refusal(safeFetch(`http://internal.test:${port}/slow`, { allowPrivateNetworks: true, resolver, timeoutMs: 300 }))).reason).toBe("timeout");
  });

  it("applies the instance policy at connect time and to literals: never ignores the workspace setting, CIDRs bound it", async () => {
    const never = parsePrivateNetworkPolicy("never");
    // OUTBOUND_PRIVATE_NETWORKS refuses ranges that hold loopback (the test server's address), so the "admitted range"
    // case is built as the parsed policy would be: this checks the matching at connect time, not the env validation.
    const loopbackOnly: PrivateNetworkPolicy = { mode: "ranges", cidrs: ["127.0.0.0/8"], ranges: [ipaddr.parseCIDR("127.0.0.0/8")] };
    const officeOnly = parsePrivateNetworkPolicy("10.20.0.0/16");
    const refusedByName = await refusal(safeFetch(`http://internal.test:${port}/ok`, { allowPrivateNetworks: true, privateNetworkPolicy: never, resolver }));
    expect(refusedByName.range).toBe("loopback");
    expect(refusedByName.message).toMatch(/This instance does not allow requests to private networks/);
    expect((await refusal(safeFetch(`http://127.0.0.1:${port}/ok`, { allowPrivateNetworks: true, privateNetworkPolicy: never }))).range).toBe("loopback");
    expect((await refusal(safeFetch(`http://internal.test:${port}/ok`, { allowPrivateNetworks: true, privateNetworkPolicy: officeOnly, resolver }))).message).toMatch(/outside the private ranges/);
    // A range that holds the address: the workspace setting admits it again.
    expect((await safeFetch(`http://internal.test:${port}/ok`, { allowPrivateNetworks: true, privateNetworkPolicy: loopbackOnly, resolver })).status).toBe(200);
  });

  it("continues a POST answered 303 as a GET", async () => {
    const response = await safeFetch(`http://internal.test:${port}/post-see-other`, { method: "POST", body: "{}", allowPrivateNetworks: true, resolver });
    expect(response.body.toString()).toBe("GET");
  });

  describe("credentials on redirects", () => {
    const headers = { authorization: "Bearer feed-secret", Cookie: "session=abc", "Proxy-Authorization": "Basic eA==", "x-api-key": "k-123", "user-agent": "BrandpilotFeed/1" };
    const received = async (path: string) => {
      const response = await safeFetch(`http://internal.test:${port}${path}`, { headers, sensitiveHeaders: ["X-API-Key"], allowPrivateNetworks: true, resolver });
      return JSON.parse(response.body.toString()) as Record<string, string>;
    };

    it("keeps them on a same-origin redirect", async () => {
      expect(await received("/to-headers")).toMatchObject({ authorization: "Bearer feed-secret", cookie: "session=abc", "proxy-authorization": "Basic eA==", "x-api-key": "k-123" });
    });

    it("drops authorization, cookie, proxy-authorization and headers marked sensitive on a redirect to another origin", async () => {
      const answer = await received("/to-other-origin");
      expect(answer.host).toBe(`other.test:${port}`);
      for (const name of ["authorization", "cookie", "proxy-authorization", "x-api-key"]) expect(answer).not.toHaveProperty(name);
      // Ordinary headers still go along.
      expect(answer["user-agent"]).toBe("BrandpilotFeed/1");
    });

    it("does not restore them when a later hop comes back to the first origin", async () => {
      const answer = await received("/to-other-then-back");
      expect(answer.host).toBe(`internal.test:${port}`);
      expect(answer).not.toHaveProperty("authorization");
    });
  });

  it("refuses other schemes and credentials", async () => {
    expect((await refusal(safeFetch("file:///etc/passwd", { allowPrivateNetworks: true }))).reason).toBe("unsupported_scheme");
    expect((await refusal(safeFetch("http://user:pw@example.com/", { allowPrivateNetworks: true }))).reason).toBe("credentials_in_url");
  });
});
