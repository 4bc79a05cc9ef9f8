import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { InvitePage } from "../pages/invite-page";
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

test("an invited member joins with their own password, and a removed member loses access at once", async ({ browser }) => {
  const email = `temp-${Date.now()}@nordlicht.example`;
  const password = "Quiet-harbour-lantern-2718";

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  const adminLogin = new LoginPage(adminPage);
  await adminLogin.goto();
  await adminLogin.signIn(demoAccount("admin").email, DEMO_PASSWORD);
  await adminPage.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
  const members = new MembersPage(adminPage);
  await members.goto(DEMO_WORKSPACE.slug);
  // No SMTP in the e2e setup: the admin gets the link to hand over, never a password.
  const link = await members.invite(email, "editor");
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(members.invitationRow(email)).toBeVisible();
  await expect(members.row(email)).toHaveCount(0);

  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  const invite = new InvitePage(memberPage);
  await invite.goto(link!);
  await invite.expectInvitation(DEMO_WORKSPACE.name);
  await invite.createAccount("Temp Editor", password);
  await memberPage.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
  await new WorkspaceShell(memberPage).expectSignedInAs(email, "Editor");

  // The link was single use.
  await invite.goto(link!);
  await expect(invite.notAvailableMessage()).toBeVisible();

  await members.goto(DEMO_WORKSPACE.slug);
  await expect(members.invitationRow(email)).toHaveCount(0);
  await members.removeMember(email);

  // Same session cookie, next request: refused, because membership is read per request.
  const response = await memberPage.goto(`/${DEMO_WORKSPACE.slug}/review`);
  expect(response?.status()).toBe(404);

  // The admin sees both changes in the audit log.
  await adminPage.goto(`/${DEMO_WORKSPACE.slug}/admin/audit?actor=${encodeURIComponent(demoAccount("admin").email)}`);
  const auditTable = adminPage.getByTestId("audit-table");
  await expect(auditTable).toContainText("invitations.create");
  await expect(auditTable).toContainText("members.remove");
  await adminPage.getByRole("button", { name: "Verify chain" }).click();
  await expect(adminPage.getByTestId("verify-result")).toContainText("Intact");

  await adminContext.close();
  await memberContext.close();
});

test("a revoked invitation link no longer works", async ({ browser }) => {
  const email = `revoked-${Date.now()}@nordlicht.example`;
  const adminPage = await (await browser.newContext()).newPage();
  const adminLogin = new LoginPage(adminPage);
  await adminLogin.goto();
  await adminLogin.signIn(demoAccount("admin").email, DEMO_PASSWORD);
  await adminPage.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
  const members = new MembersPage(adminPage);
  await members.goto(DEMO_WORKSPACE.slug);
  const link = await members.invite(email, "marketer");
  await members.revokeInvitation(email);

  const visitorPage = await (await browser.newContext()).newPage();
  const invite = new InvitePage(visitorPage);
  await invite.goto(link!);
  await expect(invite.notAvailableMessage()).toBeVisible();
  await expect(visitorPage.getByText("was revoked")).toBeVisible();
});

test("an admin cannot demote the last admin", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("admin").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
  await new MembersPage(page).goto(DEMO_WORKSPACE.slug);
  await page.getByLabel(`Role of ${demoAccount("admin").email}`).selectOption("editor");
  // Nothing changes until the admin confirms in the page.
  await page.getByTestId("change-role-confirm").getByRole("button", { name: "Change role" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "at least one admin" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(`Role of ${demoAccount("admin").email}`)).toHaveValue("admin");
});
