import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { LoginPage } from "../pages/login-page";

test("an admin sees the models, dry-runs a routing decision and sets a budget", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("admin").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
  await page.goto(`/${DEMO_WORKSPACE.slug}/admin/models`);
  await expect(page.getByRole("heading", { name: "Models & routing" })).toBeVisible();
  await expect(page.getByTestId("models-table")).toContainText("local:local-hash-ngram-v1");

  const dryRun = page.getByRole("region", { name: "Dry run" });
  await dryRun.getByLabel("Task").selectOption("embed");
  await dryRun.getByRole("button", { name: "Decide" }).click();
  await expect(page.getByTestId("dry-run-result")).toContainText("Chosen: local:local-hash-ngram-v1");
  await expect(page.getByTestId("dry-run-result")).toContainText('provider "openai" is not configured');

  await page.getByLabel("Monthly cost limit (USD, empty = none)").fill("25");
  await page.getByRole("button", { name: "Save budget" }).click();
  await expect(page.getByTestId("budget-status")).toContainText("of $25.00");
});

test("a marketer cannot open Models & routing", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("marketer").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
  const response = await page.goto(`/${DEMO_WORKSPACE.slug}/admin/models`);
  expect(response?.status()).toBe(403);
});
