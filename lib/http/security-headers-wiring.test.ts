import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { config as proxyConfig, proxy } from "@/proxy";

/*
 * How the pieces are wired: the proxy gives each page a fresh nonce policy (on the response and
 * on the request, where Next reads it), and next.config.ts sends a second policy only to requests
 * the proxy skips, so no page ever gets two.
 */

function nonceOf(policy: string | null): string | undefined {
  return policy?.match(/'nonce-([^']+)'/)?.[1];
}

describe("proxy.ts", () => {
  it("sets a per-request nonce policy on the response and on the request Next renders with", () => {
    const first = proxy(new NextRequest("http://localhost:3000/nordlicht/generate"));
    const second = proxy(new NextRequest("http://localhost:3000/nordlicht/generate"));
    const policy = first.headers.get("content-security-policy");
    expect(nonceOf(policy)).toBeTruthy();
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonceOf(policy));
    // NextResponse.next({ request: { headers } }) forwards request headers under this prefix.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("sends no HSTS over plain http (the test environment has no https public URL)", () => {
    const response = proxy(new NextRequest("http://localhost:3000/login"));
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("skips route handlers, static files and server-action POSTs (their headers come from next.config.ts)", () => {
    const [matcher] = proxyConfig.matcher;
    const pattern = new RegExp(`^${matcher!.source}$`);
    expect(pattern.test("/nordlicht/generate")).toBe(true);
    expect(pattern.test("/login")).toBe(true);
    expect(pattern.test("/api/auth/session")).toBe(false);
    expect(pattern.test("/_next/static/chunks/main.js")).toBe(false);
    expect(matcher!.missing).toContainEqual({ type: "header", key: "next-action" });
  });
});

describe("next.config.ts headers()", () => {
  async function rules() {
    return (await nextConfig.headers!()) as Array<{ source: string; has?: unknown[]; headers: Array<{ key: string; value: string }> }>;
  }

  it("sends nosniff, framing, referrer and permissions headers on every path, static files included", async () => {
    const everyPath = (await rules()).find((rule) => rule.source === "/:path*" && !rule.has);
    const names = everyPath!.headers.map((header) => header.key.toLowerCase());
    expect(names).toEqual(expect.arrayContaining(["x-content-type-options", "x-frame-options", "referrer-policy", "permissions-policy"]));
    expect(names).not.toContain("content-security-policy");
  });

  it("gives a CSP only to /api and to server-action requests, which the proxy does not see", async () => {
    const withPolicy = (await rules()).filter((rule) => rule.headers.some((header) => header.key.toLowerCase() === "content-security-policy"));
    expect(withPolicy.map((rule) => rule.source)).toEqual(["/api/:path*", "/:path*"]);
    expect(withPolicy[1]!.has).toEqual([{ type: "header", key: "next-action" }]);
    for (const rule of withPolicy) expect(rule.headers.find((h) => h.key === "Content-Security-Policy")!.value).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
