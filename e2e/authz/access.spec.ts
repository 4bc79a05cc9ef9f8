import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { LoginPage } from "../pages/login-page";
import { MembersPage } from "../pages/members-page";
import { WorkspaceShell } from "../pages/workspace-shell";

test("a marketer opening an admin page is refused", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("marketer").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
  for (const path of ["admin/members", "admin/audit", "review"]) {
    const response = await page.goto(`/${DEMO_WORKSPACE.slug}/${path}`);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  }
});

test("a workspace the user does not belong to answers not found", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("editor").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
  const response = await page.goto("/waldkaffee/review");
  expect(response?.status()).toBe(404);
});

test("a removed member loses access at once", async ({ browser }) => {
  const email = `temp-${Date.now()}@nordlicht.example`;

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  const adminLogin = new LoginPage(adminPage);
  await adminLogin.goto();
  await adminLogin.signIn(demoAccount("admin").email, DEMO_PASSWORD);
  await adminPage.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
  const members = new MembersPage(adminPage);
  await members.goto(DEMO_WORKSPACE.slug);
  const initialPassword = await members.addMember(email, "editor");
  expect(initialPassword).toBeTruthy();

  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  const memberLogin = new LoginPage(memberPage);
  await memberLogin.goto();
  await memberLogin.signIn(email, initialPassword!);
  await memberPage.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
  await new WorkspaceShell(memberPage).expectSignedInAs(email, "Editor");

  await members.removeMember(email);

  // Same session cookie, next request: refused, because membership is read per request.
  const response = await memberPage.goto(`/${DEMO_WORKSPACE.slug}/review`);
  expect(response?.status()).toBe(404);

  // The admin sees both changes in the audit log.
  await adminPage.goto(`/${DEMO_WORKSPACE.slug}/admin/audit?actor=${encodeURIComponent(demoAccount("admin").email)}`);
  const auditTable = adminPage.getByTestId("audit-table");
  await expect(auditTable).toContainText("members.add");
  await expect(auditTable).toContainText("members.remove");
  await adminPage.getByRole("button", { name: "Verify chain" }).click();
  await expect(adminPage.getByTestId("verify-result")).toContainText("Intact");

  await adminContext.close();
  await memberContext.close();
});

test("an admin cannot demote the last admin", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("admin").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
  await new MembersPage(page).goto(DEMO_WORKSPACE.slug);
  await page.getByLabel(`Role of ${demoAccount("admin").email}`).selectOption("editor");
  await expect(page.getByRole("alert").filter({ hasText: "at least one admin" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(`Role of ${demoAccount("admin").email}`)).toHaveValue("admin");
});
