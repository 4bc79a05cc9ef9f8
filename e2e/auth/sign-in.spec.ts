import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { LoginPage } from "../pages/login-page";
import { WorkspaceShell } from "../pages/workspace-shell";

const EXPECTED_NAVIGATION = {
  admin: { label: "Admin", nav: ["Generate", "Review", "Campaigns", "Assets", "Knowledge", "Dashboard", "Admin", "My work"] },
  marketer: { label: "Marketer", nav: ["Generate", "Campaigns", "Assets", "Knowledge", "My work"] },
  editor: { label: "Editor", nav: ["Review", "Campaigns", "Assets", "Knowledge", "My work"] },
  manager: { label: "Manager", nav: ["Campaigns", "Assets", "Knowledge", "Dashboard", "My work"] },
} as const;

for (const [role, expected] of Object.entries(EXPECTED_NAVIGATION) as [keyof typeof EXPECTED_NAVIGATION, (typeof EXPECTED_NAVIGATION)[keyof typeof EXPECTED_NAVIGATION]][]) {
  test(`${role} signs in and sees only their sections`, async ({ page }) => {
    const account = demoAccount(role);
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(account.email, DEMO_PASSWORD);
    await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
    const shell = new WorkspaceShell(page);
    await shell.expectSignedInAs(account.email, expected.label);
    expect(await shell.navigationLabels()).toEqual(expected.nav);
    // Managers come to read results: they land on the dashboard.
    if (role === "manager") await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/dashboard`);
  });
}

test("the sign-in page lists the demo accounts in demo mode", async ({ page }) => {
  await new LoginPage(page).goto();
  const demo = page.getByRole("region", { name: /Demo accounts/ });
  for (const role of ["admin", "marketer", "editor", "manager"] as const) {
    await expect(demo).toContainText(demoAccount(role).email);
  }
});

test("a wrong password and an unknown email get the same generic error", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("editor").email, "not-the-password");
  await expect(login.errorMessage()).toHaveText("Email or password is incorrect.");
  await login.signIn("nobody@nordlicht.example", "not-the-password");
  await expect(login.errorMessage()).toHaveText("Email or password is incorrect.");
  await expect(page).toHaveURL(/\/login/);
});

test("signing out ends the session", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("manager").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
  await new WorkspaceShell(page).signOut();
  await page.goto(`/${DEMO_WORKSPACE.slug}/dashboard`);
  await expect(page).toHaveURL(/\/login/);
});
