import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { expectNoEnglishLeft } from "../fixtures/no-english";

/*
 * Every main page (the list of e2e/a11y/main-pages.spec.ts) in German, for an admin who chose Deutsch on Your
 * account. Soft checks: one page with English left does not hide the others; each page is photographed for review.
 * The browser asks for German too, so the signed-out sign-in page is German before the profile is set.
 */
test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });
test.describe.configure({ timeout: 240_000 });

const WS = `/${DEMO_WORKSPACE.slug}`;

const MAIN_PAGES: { path: string; name: string }[] = [
  { path: `${WS}/generate`, name: "generate" },
  { path: `${WS}/assets`, name: "assets" },
  { path: `${WS}/knowledge`, name: "knowledge" },
  { path: `${WS}/review`, name: "review" },
  ...["performance", "budget", "operations", "imports"].map((tab) => ({ path: `${WS}/dashboard?tab=${tab}`, name: `dashboard-${tab}` })),
  ...["members", "audit", "models", "brand", "webhook", "api-tokens", "data-protection", "export"].map((section) => ({
    path: `${WS}/admin/${section}`,
    name: `admin-${section}`,
  })),
  { path: "/instance", name: "instance" },
  { path: "/account", name: "account" },
];

async function photograph(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

async function checkGerman(page: Page, name: string) {
  await expect(page.locator("main")).toBeVisible();
  await page.waitForLoadState("networkidle");
  await photograph(page, name);
  await expect.soft(async () => expectNoEnglishLeft(page)).toPass({ timeout: 5_000 });
}

/** By field type, not label: the labels are the thing under test. */
async function signInAsAdmin(page: Page) {
  await page.goto("/login");
  await page.locator("input[type=email]").fill(demoAccount("admin").email);
  await page.locator("input[type=password]").fill(DEMO_PASSWORD);
  await page.locator("form button[type=submit]").click();
  await page.waitForURL(`**${WS}/**`);
}

async function chooseLanguage(page: Page, value: "de" | "") {
  await page.goto("/account");
  const select = page.locator("#account-language");
  await select.selectOption(value);
  await page.locator("form", { has: select }).locator("button[type=submit]").click();
  await expect(page.getByText(/^(Sprache gespeichert|Language saved)\.$/)).toBeVisible();
}

test("an admin who chose Deutsch sees every main page in German", async ({ page }) => {
  await page.goto("/login");
  await photograph(page, "sign-in");
  await expect.soft(async () => expectNoEnglishLeft(page)).toPass({ timeout: 5_000 });

  await signInAsAdmin(page);
  await chooseLanguage(page, "de");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");

  try {
    for (const { path, name } of MAIN_PAGES) {
      await page.goto(path);
      await checkGerman(page, name);
    }
  } finally {
    // The demo admin is shared with the English specs: back to "follow the browser".
    await chooseLanguage(page, "");
  }
});
