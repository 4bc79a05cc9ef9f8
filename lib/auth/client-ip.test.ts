import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { clientIpFromForwardedFor, clientIpFromHeaders } from "./client-ip";

/*
 * What Next 16.4 `next start` hands a route handler, `headers()` and next-auth's
 * `authorize(credentials, req)` (observed with curl against a built app; next-auth's `req.headers`
 * is a plain object with lower-case keys):
 * - no X-Forwarded-For sent            → "::ffff:127.0.0.1" (Next fills in the socket address)
 * - `X-Forwarded-For: 6.6.6.6`         → "6.6.6.6"          (passed through, nothing appended)
 * - `X-Forwarded-For: 6.6.6.6, 7.7.7.7` → "6.6.6.6, 7.7.7.7"
 * - the header sent twice              → "6.6.6.6, 7.7.7.7" (joined)
 * So without a proxy of ours the whole header is client-controlled.
 */
const NEXT_PASSES_THROUGH = {
  noHeader: "::ffff:127.0.0.1",
  forged: "6.6.6.6",
  forgedList: "6.6.6.6, 7.7.7.7",
};

describe("what Next passes through", () => {
  it("still only fills X-Forwarded-For when absent (if Next starts appending the socket address, revisit client-ip.ts)", () => {
    // The observation above rests on this line of Next's server; an upgrade that changes it
    // changes which entry is trustworthy, so this test fails instead of the limits silently shifting.
    const baseServer = readFileSync(createRequire(import.meta.url).resolve("next/dist/server/base-server.js"), "utf8");
    expect(baseServer).toMatch(/req\.headers\['x-forwarded-for'\] \?\?=[^;\n]*socket[^;\n]*remoteAddress/);
    expect(baseServer.match(/\['x-forwarded-for'\]\s*=/g) ?? []).toHaveLength(0);
  });
});

describe("client IP with no trusted proxy (TRUSTED_PROXY_HOPS=0)", () => {
  it("ignores X-Forwarded-For entirely, so a client cannot rotate its IP to escape per-IP limits", () => {
    for (const value of Object.values(NEXT_PASSES_THROUGH)) {
      expect(clientIpFromForwardedFor(value, 0), value).toBeNull();
      expect(clientIpFromHeaders({ "x-forwarded-for": value }, 0), value).toBeNull();
      expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": value }), 0), value).toBeNull();
    }
  });
});

describe("client IP behind trusted proxies", () => {
  it("takes the entry our outermost proxy appended, never what the client forged to its left", () => {
    // One proxy (nginx `$proxy_add_x_forwarded_for`) appends the client's address to the forged value.
    expect(clientIpFromForwardedFor(`${NEXT_PASSES_THROUGH.forgedList}, 203.0.113.7`, 1)).toBe("203.0.113.7");
    // Two proxies: CDN appends the client, the load balancer appends the CDN's address.
    expect(clientIpFromForwardedFor("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(clientIpFromForwardedFor("2001:DB8::1", 1)).toBe("2001:db8::1");
  });

  it("a client rotating forged entries keeps the same IP", () => {
    const seen = new Set(["1.1.1.1", "2.2.2.2", "3.3.3.3, 4.4.4.4"].map((forged) => clientIpFromForwardedFor(`${forged}, 203.0.113.7`, 1)));
    expect([...seen]).toEqual(["203.0.113.7"]);
  });

  it("does not fall back to a client-controlled entry when the header is shorter than the hops", () => {
    // With 2 hops a one-entry header was not written by both proxies: its only entry may be forged.
    expect(clientIpFromForwardedFor("6.6.6.6", 2)).toBeNull();
    expect(clientIpFromForwardedFor(null, 1)).toBeNull();
    expect(clientIpFromForwardedFor("", 1)).toBeNull();
  });

  it("refuses an entry that is not a bare address", () => {
    expect(clientIpFromForwardedFor("unknown", 1)).toBeNull();
    expect(clientIpFromForwardedFor("203.0.113.7:5555", 1)).toBeNull();
  });

  it("reads next-auth's plain header object (string or repeated-header array) and Fetch Headers alike", () => {
    expect(clientIpFromHeaders({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }, 1)).toBe("203.0.113.7");
    expect(clientIpFromHeaders({ "X-Forwarded-For": ["6.6.6.6", "203.0.113.7"] }, 1)).toBe("203.0.113.7");
    expect(clientIpFromHeaders(new Headers([["x-forwarded-for", "6.6.6.6"], ["x-forwarded-for", "203.0.113.7"]]), 1)).toBe("203.0.113.7");
    expect(clientIpFromHeaders({}, 1)).toBeNull();
    expect(clientIpFromHeaders(undefined, 1)).toBeNull();
  });
});

describe("rate-limit key of a client IP", () => {
  it("counts an IPv6 host's whole /64 as one client, however it writes the address", async () => {
    const { rateLimitKeyForIp } = await import("./client-ip");
    const key = rateLimitKeyForIp("2001:db8:abcd:12::1");
    expect(key).toBe("2001:db8:abcd:12::/64");
    for (const rotated of ["2001:db8:abcd:12:ffff:1:2:3", "2001:0db8:abcd:0012:0:0:0:9", "2001:DB8:ABCD:12::beef"]) {
      expect(rateLimitKeyForIp(rotated), rotated).toBe(key);
    }
    expect(rateLimitKeyForIp("2001:db8:abcd:13::1")).not.toBe(key);
  });

  it("keeps IPv4 addresses apart and reads IPv4-mapped IPv6 as IPv4", async () => {
    const { rateLimitKeyForIp } = await import("./client-ip");
    expect(rateLimitKeyForIp("203.0.113.7")).toBe("203.0.113.7");
    expect(rateLimitKeyForIp("203.0.113.8")).not.toBe(rateLimitKeyForIp("203.0.113.7"));
    expect(rateLimitKeyForIp("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });
});
