import type { NextConfig } from "next";

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
  // A second build folder lets a benchmark run its own production build while tests rebuild .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
