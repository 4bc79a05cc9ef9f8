import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { LoginPage } from "../pages/login-page";

test.use({ viewport: { width: 1280, height: 900 } });

test("the audit log shows the chain check on its own line, fits 1280 px and lists members' sign-ins", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("admin").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);

  await page.goto(`/${DEMO_WORKSPACE.slug}/admin/audit`);
  await page.getByRole("button", { name: "Verify chain" }).click();
  const result = page.getByRole("status").filter({ hasText: "Intact" });
  await expect(result).toBeVisible();
  // Below the buttons, not between them.
  const buttonBox = (await page.getByRole("button", { name: "Verify chain" }).boundingBox())!;
  const resultBox = (await result.boundingBox())!;
  expect(resultBox.y).toBeGreaterThanOrEqual(buttonBox.y + buttonBox.height);

  const region = page.getByRole("region", { name: "Audit log entries" });
  const overflows = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(overflows).toBe(false);

  await page.getByRole("link", { name: "Sign-ins of members" }).click();
  await expect(page).toHaveURL(/view=sign-ins/);
  const signIns = page.getByRole("region", { name: "Sign-ins of members" });
  // The admin's own sign-in above is in the global chain and must be listed here.
  await expect(signIns).toContainText("auth.sign_in");
  await expect(signIns).toContainText(demoAccount("admin").email);
});
