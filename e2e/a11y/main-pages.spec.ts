import { expect, test, type Page } from "@playwright/test";
import type { Role } from "../../lib/authz/roles";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { expectNoSeriousViolations } from "../fixtures/axe";
import { LoginPage } from "../pages/login-page";

/*
 * Every main page, visited as a role that may see it, checked with axe (WCAG 2.1 A/AA rules;
 * see fixtures/axe.ts for what blocks).
 */

const WS = `/${DEMO_WORKSPACE.slug}`;

// Up to eight pages per test, each waited on and read by axe: on a loaded 2-core machine that
// took 25–35 s, over the 30 s default.
test.describe.configure({ timeout: 90_000 });

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
  for (const section of ["members", "audit", "models", "brand", "webhook", "api-tokens", "data-protection", "export"]) {
    await visit(page, `${WS}/admin/${section}`, `admin ${section}`);
  }
  // The demo admin is also the instance owner.
  await visit(page, "/instance", "instance");
});
