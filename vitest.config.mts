import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects: `unit` (pure functions, no database) and `integration` (a real database:
// PGlite by default, PostgreSQL when DATABASE_URL is set; the same files run on both).
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests are server code too.
      "server-only": path.resolve(import.meta.dirname, "lib/testing/empty-module.ts"),
    },
  },
  test: {
    env: { NODE_ENV: "test" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{app,components,lib}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["{app,components,lib}/**/*.int.test.ts"],
          globalSetup: ["lib/testing/global-setup.ts"],
          setupFiles: ["lib/testing/setup-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
