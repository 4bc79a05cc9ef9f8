import { describe, expect, it } from "vitest";
import {
  createNonce,
  isHttpsRequest,
  NON_DOCUMENT_CONTENT_SECURITY_POLICY,
  pageContentSecurityPolicy,
  STATIC_SECURITY_HEADERS,
} from "./security-headers";

/** "script-src 'self' 'nonce-x'" → { "script-src": ["'self'", "'nonce-x'"] } */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

const PRODUCTION_PAGE = { nonce: "bm9uY2Utb25l", isDevelopment: false, isHttps: false };

describe("page Content-Security-Policy", () => {
  it("allows scripts only by this response's nonce (strict-dynamic), never inline or eval, in production", () => {
    const policy = directives(pageContentSecurityPolicy(PRODUCTION_PAGE));
    expect(policy["script-src"]).toEqual(["'self'", "'nonce-bm9uY2Utb25l'", "'strict-dynamic'"]);
    expect(policy["script-src"]).not.toContain("'unsafe-inline'");
    expect(policy["script-src"]).not.toContain("'unsafe-eval'");
    expect(policy["style-src"]).toEqual(["'self'", "'nonce-bm9uY2Utb25l'"]);
  });

  it("forbids framing, plugins, <base> and forms to other origins", () => {
    const policy = directives(pageContentSecurityPolicy(PRODUCTION_PAGE));
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["base-uri"]).toEqual(["'none'"]);
    expect(policy["form-action"]).toEqual(["'self'"]);
    expect(policy["default-src"]).toEqual(["'self'"]);
  });

  it("allows inline style attributes only through style-src-attr, never inline style elements in production", () => {
    const policy = directives(pageContentSecurityPolicy(PRODUCTION_PAGE));
    expect(policy["style-src-attr"]).toEqual(["'unsafe-inline'"]);
    expect(policy["style-src"]).not.toContain("'unsafe-inline'");
  });

  it("adds 'unsafe-eval' (React dev tooling) and inline styles (hot reload) only in development", () => {
    const policy = directives(pageContentSecurityPolicy({ ...PRODUCTION_PAGE, isDevelopment: true }));
    expect(policy["script-src"]).toContain("'unsafe-eval'");
    expect(policy["script-src"]).not.toContain("'unsafe-inline'");
    expect(policy["style-src"]).toContain("'unsafe-inline'");
  });

  it("upgrades insecure requests only over https (over http the upgraded URLs would not answer)", () => {
    expect(pageContentSecurityPolicy(PRODUCTION_PAGE)).not.toContain("upgrade-insecure-requests");
    expect(directives(pageContentSecurityPolicy({ ...PRODUCTION_PAGE, isHttps: true }))).toHaveProperty("upgrade-insecure-requests");
  });
});

describe("nonces", () => {
  it("are fresh per call, 128 bits, and only use characters a CSP nonce may hold", () => {
    const nonces = new Set(Array.from({ length: 200 }, () => createNonce()));
    expect(nonces.size).toBe(200);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]+=*$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });
});

describe("static headers and the non-document policy", () => {
  const byName = Object.fromEntries(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key.toLowerCase(), value]));

  it("send nosniff, DENY framing, a referrer policy that keeps the Origin header, and deny device features", () => {
    expect(byName["x-content-type-options"]).toBe("nosniff");
    expect(byName["x-frame-options"]).toBe("DENY");
    // no-referrer would make POSTs carry `Origin: null`, which Next's server-action check refuses.
    expect(byName["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(byName["permissions-policy"]).toContain(`${feature}=()`);
    }
  });

  it("never include a Content-Security-Policy (pages get theirs from the proxy, with a nonce) or HSTS (request-dependent)", () => {
    expect(byName).not.toHaveProperty("content-security-policy");
    expect(byName).not.toHaveProperty("strict-transport-security");
  });

  it("let nothing load, run or frame a route handler's response", () => {
    const policy = directives(NON_DOCUMENT_CONTENT_SECURITY_POLICY);
    expect(policy["default-src"]).toEqual(["'none'"]);
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
  });
});

describe("isHttpsRequest (decides HSTS)", () => {
  const plain = { forwardedProto: null, publicUrl: "http://localhost:3000", trustedProxyHops: 0 };

  it("is false for plain http with an http public URL", () => {
    expect(isHttpsRequest(plain)).toBe(false);
  });

  it("is true when the public URL (NEXTAUTH_URL) is https, even behind a TLS terminator speaking http", () => {
    expect(isHttpsRequest({ ...plain, publicUrl: "https://brandpilot.example.com" })).toBe(true);
  });

  it("is false for a client-sent X-Forwarded-Proto without trusted proxies, whatever else the request claims", () => {
    // Next turns that header into an https request.url, so the URL is no evidence either.
    expect(isHttpsRequest({ ...plain, forwardedProto: "https", publicUrl: undefined })).toBe(false);
  });

  it("reads X-Forwarded-Proto only from trusted proxies", () => {
    expect(isHttpsRequest({ ...plain, forwardedProto: "https" })).toBe(false);
    expect(isHttpsRequest({ ...plain, forwardedProto: "https", trustedProxyHops: 1 })).toBe(true);
    expect(isHttpsRequest({ ...plain, forwardedProto: "HTTPS, http", trustedProxyHops: 2 })).toBe(true);
    expect(isHttpsRequest({ ...plain, forwardedProto: "http", trustedProxyHops: 1 })).toBe(false);
  });
});
