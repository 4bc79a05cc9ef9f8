import { beforeEach, describe, expect, it, vi } from "vitest";

const testEnv = vi.hoisted(() => ({ NEXTAUTH_URL: undefined as string | undefined, TRUSTED_PROXY_HOPS: 0 }));
vi.mock("@/lib/env", () => ({ env: testEnv }));

const { withTransportSecurity } = await import("./transport-security");

describe("withTransportSecurity (HSTS on route handler responses)", () => {
  beforeEach(() => {
    testEnv.NEXTAUTH_URL = "http://localhost:3000";
    testEnv.TRUSTED_PROXY_HOPS = 0;
  });

  it("adds no HSTS over plain http", () => {
    const response = withTransportSecurity(new Request("http://localhost:3000/api/x"), Response.json({}));
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("adds two years with subdomains when the public URL is https", () => {
    testEnv.NEXTAUTH_URL = "https://brandpilot.example.com";
    const response = withTransportSecurity(new Request("http://10.0.0.5:3000/api/x"), Response.json({}));
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("trusts X-Forwarded-Proto only with TRUSTED_PROXY_HOPS set", () => {
    const forwarded = () => new Request("http://10.0.0.5:3000/api/x", { headers: { "x-forwarded-proto": "https" } });
    expect(withTransportSecurity(forwarded(), Response.json({})).headers.get("strict-transport-security")).toBeNull();
    testEnv.TRUSTED_PROXY_HOPS = 1;
    expect(withTransportSecurity(forwarded(), Response.json({})).headers.get("strict-transport-security")).toContain("max-age=63072000");
  });

  it("ignores an https request.url when proxies are untrusted (Next derives it from the client's X-Forwarded-Proto)", () => {
    const spoofed = new Request("https://localhost:3000/api/x", { headers: { "x-forwarded-proto": "https" } });
    expect(withTransportSecurity(spoofed, Response.json({})).headers.get("strict-transport-security")).toBeNull();
  });

  it("also works on responses with immutable headers (redirects), keeping status and location", () => {
    testEnv.NEXTAUTH_URL = "https://brandpilot.example.com";
    const response = withTransportSecurity(new Request("https://brandpilot.example.com/api/x"), Response.redirect("https://brandpilot.example.com/login", 307));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("https://brandpilot.example.com/login");
    expect(response.headers.get("strict-transport-security")).toContain("includeSubDomains");
  });
});
