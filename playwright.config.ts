import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run against a production build (`next build` + `next start`) with a fresh
// embedded database seeded with the demo workspace. Debian's chromium is used when present
// (Playwright cannot download its own browser on every machine); otherwise Playwright's own,
// installed with `npx playwright install chromium`.
const PORT = 3210;
const DATA_DIR = ".data/e2e";
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => fs.existsSync(file));

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: systemChromium
          ? {
              executablePath: systemChromium,
              args: [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
              ],
            }
          : {},
      },
    },
  ],
  webServer: {
    // A fresh data folder each run: the demo seed is the only state the tests rely on.
    command: `rm -rf ${DATA_DIR} && npx next build && npx next start --port ${PORT}`,
    url: `http://localhost:${PORT}/login`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PGLITE_DATA_DIR: `${DATA_DIR}/pglite`,
      BRANDPILOT_DEMO: "true",
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      DATABASE_URL: "",
    },
  },
});
