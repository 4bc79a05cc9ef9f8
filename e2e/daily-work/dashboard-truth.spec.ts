import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { DashboardPage } from "../pages/dashboard-page";
import { LoginPage } from "../pages/login-page";

/*
 * The demo data (lib/seed/demo-performance.ts) covers 120 days up to the newest KPI day. The
 * 90-day view's previous period is the 90 days before it, of which only 30 have data: below the
 * half the comparison needs (lib/kpi/metrics/comparison.ts), so the tiles give the reason instead
 * of a percentage. The 28-day default compares with 28 full days and shows percentages.
 */

test.beforeEach(async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("manager").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
});

test("a manager lands on the dashboard", async ({ page }) => {
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/dashboard`);
  await expect(page.getByRole("heading", { name: "Dashboard", exact: true })).toBeVisible();
});

test("the 90-day view with a sparse previous period shows the warning instead of a percentage", async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.goto(DEMO_WORKSPACE.slug);
  await expect(dashboard.tile("clicks")).toContainText("vs previous period");

  await page.getByRole("region", { name: "Date range and filters" }).getByRole("link", { name: "Last 90 days" }).click();
  await page.waitForURL((url) => url.searchParams.has("from"));
  await expect(page.getByTestId("sparse-previous-period")).toContainText("30 of its 90 days");
  await expect(dashboard.tile("clicks")).toContainText("not enough data in the previous period (30 of 90 days)");
  await expect(dashboard.tile("clicks")).not.toContainText("%");

  const exported = await dashboard.exportCsv("totals");
  expect(exported.text).toContain("not enough data in the previous period (30 of 90 days)");
});

test("a monthly view marks its cut months as partial, and asset tables show titles, not ids", async ({ page }) => {
  const dashboard = new DashboardPage(page);
  // The default 28-day range can line up with whole weeks, but never covers a whole month.
  await dashboard.goto(DEMO_WORKSPACE.slug, "?granularity=month");
  await expect(page.getByTestId("partial-periods")).toContainText("partial");
  const best = page.getByRole("region", { name: "Best assets (scrolls sideways)" });
  await expect(best).toBeVisible();
  await expect(best).not.toContainText("ast_");
  await expect(best).toContainText("synthetic demo");
});

test("the dashboard fits a 1280 px window without horizontal page scroll", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const dashboard = new DashboardPage(page);
  await dashboard.goto(DEMO_WORKSPACE.slug);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
