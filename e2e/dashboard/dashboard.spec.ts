import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { DashboardPage } from "../pages/dashboard-page";
import { LoginPage } from "../pages/login-page";
import { WorkspaceShell } from "../pages/workspace-shell";

async function signIn(page: import("@playwright/test").Page, role: "manager" | "marketer" | "admin" | "editor") {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount(role).email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
}

test("a manager sees the dashboard with the synthetic demo data, changes the date range and exports a CSV", async ({ page }) => {
  await signIn(page, "manager");
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Dashboard" }).click();
  const dashboard = new DashboardPage(page);
  await expect(page.getByTestId("synthetic-notice")).toContainText("synthetic data");
  await expect(dashboard.tile("clicks")).not.toContainText("—");
  await expect(dashboard.tile("cost")).toContainText("€");
  await expect(dashboard.tile("cost")).toContainText("CHF");
  await expect(page.getByTestId("uplift-ctr")).toContainText("AI-generated");
  await expect(page.getByTestId("uplift-ctr")).toContainText("impressions");
  await expect(page.getByTestId("performance-chart").locator("svg").first()).toBeVisible();
  const defaultHeading = await dashboard.totalsHeading().innerText();

  // The last seven days of the demo data: the URL keeps the view, the figures follow it.
  // The heading shows dates in the UI locale (English: MM/DD/YYYY); the URL and the date inputs take ISO dates.
  const [, month, day, year] = /to (\d{2})\/(\d{2})\/(\d{4})$/.exec(defaultHeading)!;
  const latest = `${year}-${month}-${day}`;
  const from = new Date(Date.parse(`${latest}T00:00:00Z`) - 6 * 86_400_000).toISOString().slice(0, 10);
  const shown = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
  await dashboard.setDateRange(from, latest);
  await expect(dashboard.totalsHeading()).toHaveText(`Totals, ${shown(from)} to ${shown(latest)}`);
  await page.reload();
  await expect(dashboard.totalsHeading()).toHaveText(`Totals, ${shown(from)} to ${shown(latest)}`);

  const exported = await dashboard.exportCsv("campaigns");
  expect(exported.fileName).toBe(`brandpilot-campaigns-${from}_${latest}.csv`);
  const [header, ...rows] = exported.text.trim().split(/\r\n/);
  expect(header).toMatch(/^Campaign,Channel,Currency,Impressions,Clicks,Conversions,Cost \(row currency\)/);
  expect(rows.some((row) => row.startsWith("Schweiz – Frühling 2026,Google Ads,CHF,"))).toBe(true);

  await dashboard.openTab("Copilot operations");
  await expect(page.getByTestId("spend-vs-budget")).toBeVisible();
  await dashboard.openTab("Imports");
  await expect(page.getByText("Importing needs the import permission")).toBeVisible();
  await expect(dashboard.importItem("demo-performance (synthetic).csv")).toContainText("Imported");
});

test("a marketer has no dashboard: not in the navigation, refused by URL and by export link", async ({ page }) => {
  await signIn(page, "marketer");
  expect(await new WorkspaceShell(page).navigationLabels()).not.toContain("Dashboard");
  const response = await page.goto(`/${DEMO_WORKSPACE.slug}/dashboard`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  const exported = await page.request.get(`/${DEMO_WORKSPACE.slug}/dashboard/export?workspaceId=unknown&table=campaigns`);
  expect([403, 404]).toContain(exported.status());
});

test("an admin imports a report with one bad line: the rest is imported and the line is named", async ({ page }) => {
  await signIn(page, "admin");
  const dashboard = new DashboardPage(page);
  await dashboard.goto(DEMO_WORKSPACE.slug);
  const fileName = `e2e-report-${Date.now()}.csv`;
  const rows = Array.from({ length: 20 }, (_, i) => `2026-10-${String(i + 1).padStart(2, "0")},E2E Campaign,E2E Ads,${9_000 + i},1000,30,2,12.50,150.00,EUR`);
  rows.splice(5, 0, "2026-10-32,E2E Campaign,E2E Ads,8999,1000,30,2,12.50,150.00,EUR");
  await dashboard.importReport(fileName, ["Day,Campaign,Ad group,Ad ID,Impr.,Clicks,Conversions,Cost,Conv. value,Currency code", ...rows].join("\n"));
  const item = dashboard.importItem(fileName);
  await expect(item.getByTestId("import-status")).toHaveText("Imported", { timeout: 20_000 });
  await expect(item).toContainText("20 rows accepted, 1 rejected");
  await item.getByText(/^Rejected lines/).click();
  await expect(item.getByTestId("import-errors")).toContainText("line 7: date is '2026-10-32'");

  await dashboard.goto(DEMO_WORKSPACE.slug, "?from=2026-10-01&to=2026-10-31&campaign=E2E+Campaign");
  await expect(dashboard.tile("clicks")).toContainText("600");
});

test("a workspace without performance data explains how to import", async ({ page }) => {
  await signIn(page, "admin");
  const dashboard = new DashboardPage(page);
  await dashboard.goto("waldkaffee");
  await expect(page.getByTestId("dashboard-empty")).toContainText("No campaign performance imported yet");
  await page.getByRole("link", { name: "Import a report" }).click();
  await expect(page.getByRole("heading", { name: "Import campaign performance" })).toBeVisible();
  await expect(page.getByTestId("import-list")).toBeEmpty();
});
