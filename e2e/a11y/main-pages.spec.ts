import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import type { Role } from "../../lib/authz/roles";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { LoginPage } from "../pages/login-page";

/*
 * Every main page, visited as a role that may see it, checked with axe (WCAG 2.1 A/AA rules).
 * Serious and critical violations fail the test; moderate and minor ones are attached to the
 * report so they stay visible without blocking.
 */

const WS = `/${DEMO_WORKSPACE.slug}`;

async function expectNoSeriousViolations(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const others = results.violations.filter((v) => !blocking.includes(v));
  if (others.length > 0) await test.info().attach(`${name}: moderate/minor`, { body: JSON.stringify(others.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target) })), null, 2), contentType: "application/json" });
  expect(
    blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    `${name}: serious or critical axe violations`,
  ).toEqual([]);
}

async function signIn(page: Page, role: Role) {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount(role).email, DEMO_PASSWORD);
  await page.waitForURL(`**${WS}/**`);
}

async function visit(page: Page, path: string, name: string) {
  await page.goto(path);
  await expect(page.locator("main")).toBeVisible();
  // Charts and client components settle before axe reads the page.
  await page.waitForLoadState("networkidle");
  await expectNoSeriousViolations(page, name);
}

test("the sign-in page", async ({ page }) => {
  await new LoginPage(page).goto();
  await expectNoSeriousViolations(page, "sign-in");
});

test("a marketer's pages: generate, assets, an asset page, knowledge, account", async ({ page }) => {
  await signIn(page, "marketer");
  await visit(page, `${WS}/generate`, "generate");
  await visit(page, `${WS}/assets`, "assets");
  await page.getByTestId("assets-table").getByRole("link").first().click();
  await page.waitForURL(/\/assets\/ast_/);
  await page.waitForLoadState("networkidle");
  await expectNoSeriousViolations(page, "asset page");
  await visit(page, `${WS}/knowledge`, "knowledge");
  await visit(page, "/account", "account");
});

test("an editor's review queue", async ({ page }) => {
  await signIn(page, "editor");
  await visit(page, `${WS}/review`, "review");
});

test("a manager's dashboard, every tab", async ({ page }) => {
  await signIn(page, "manager");
  for (const tab of ["performance", "budget", "operations", "imports"]) {
    await visit(page, `${WS}/dashboard?tab=${tab}`, `dashboard (${tab})`);
  }
});

test("an admin's pages: admin sections and the instance", async ({ page }) => {
  await signIn(page, "admin");
  for (const section of ["members", "audit", "models", "brand", "webhook", "data-protection", "export"]) {
    await visit(page, `${WS}/admin/${section}`, `admin ${section}`);
  }
  // The demo admin is also the instance owner.
  await visit(page, "/instance", "instance");
});
