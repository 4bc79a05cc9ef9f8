import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import {
  CONTENT_SECURITY_POLICY,
  NON_DOCUMENT_CONTENT_SECURITY_POLICY,
  STATIC_SECURITY_HEADERS,
} from "./lib/http/security-headers";

/** Only for requests proxy.ts does not see; a page must not get a second, nonce-less policy. */
const nonDocumentPolicy = [{ key: CONTENT_SECURITY_POLICY, value: NON_DOCUMENT_CONTENT_SECURITY_POLICY }];

// next-intl reads its per-request configuration (locale, messages, formats) from this module.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WASM and extension bundles from its own package folder at run time, and
  // argon2 is a native addon: they must stay outside the server bundle.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-pgvector",
    "@node-rs/argon2",
    "pg",
    // rate-limiter-flexible imports drizzle-orm at run time by a computed name: both stay external
    // so they resolve to the one copy in node_modules.
    "rate-limiter-flexible",
    "drizzle-orm",
  ],
  // `next dev` blocks 127.0.0.1 for its dev resources otherwise.
  allowedDevOrigins: ["127.0.0.1"],
  // Type checking runs once in `npm test` (tsc), not again inside every build.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    authInterrupts: true,
    // Knowledge uploads travel as base64 in a server action: 20 MB files need ~27 MB bodies.
    serverActions: { bodySizeLimit: "30mb" },
  },
  poweredByHeader: false,
  // Computed at build time (routes-manifest), so only headers that never depend on the request.
  // Pages get their nonce policy (and HSTS) from proxy.ts; route handlers get HSTS from defineRouteHandler.
  async headers() {
    return [
      // Every response: pages, route handlers, server actions, /_next/static and public files.
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      // Route handlers, which proxy.ts skips (it would buffer their bodies).
      { source: "/api/:path*", headers: nonDocumentPolicy },
      // Server-action POSTs (fetch with a Next-Action header, answered with an RSC payload), also
      // skipped by proxy.ts. A no-JavaScript form post carries no such header and goes through the proxy.
      { source: "/:path*", has: [{ type: "header", key: "next-action" }], headers: nonDocumentPolicy },
    ];
  },
  // A second build folder lets a benchmark run its own production build while tests rebuild .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default withNextIntl(nextConfig);
