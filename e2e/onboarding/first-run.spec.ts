import { expect, test, type Browser } from "@playwright/test";
import { startFreshInstance, type FreshInstance } from "../fixtures/fresh-instance";
import { InvitePage } from "../pages/invite-page";
import { LoginPage } from "../pages/login-page";
import { MembersPage } from "../pages/members-page";

/**
 * A company's first day, on an instance with an empty database (PostgreSQL when CI sets
 * E2E_POSTGRES_URL, else embedded): the setup link from the server log → the first admin →
 * a second workspace → an editor invited by link → the editor chooses a password and signs in →
 * changes it → the editor's other session is signed out.
 */
test.describe.configure({ mode: "serial", timeout: 120_000 });

let instance: FreshInstance;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  instance = await startFreshInstance();
});
test.afterAll(async () => instance?.stop());

const ADMIN = { name: "Ada Admin", email: "ada@fjellwerk.example", password: "lantern orbit cactus violin" };
const EDITOR = { name: "Eli Editor", email: "eli@fjellwerk.example", password: "quiet harbour mango tulip", newPassword: "copper meadow pixel sonata" };

async function newPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: instance.baseURL });
  return context.newPage();
}

test("fresh database → setup with the logged token → workspace → invitation → editor signs in, changes password → old session ends", async ({ browser }) => {
  // Without the token there is no way in: the sign-in page points to the setup link.
  const visitor = await newPage(browser);
  await visitor.goto("/login");
  await expect(visitor.getByText("This instance has no accounts yet", { exact: false })).toBeVisible();
  await visitor.goto("/setup");
  await expect(visitor.getByLabel("Workspace name")).toHaveCount(0);

  // First admin, with the token the server printed.
  const admin = await newPage(browser);
  await admin.goto(await instance.setupPath());
  await admin.getByLabel("Workspace name").fill("Fjellwerk");
  await admin.getByLabel(/^URL slug/).fill("fjellwerk");
  await admin.getByLabel("Your name").fill(ADMIN.name);
  await admin.getByLabel("Email").fill(ADMIN.email);
  await admin.getByLabel(/^Password \(/).fill(ADMIN.password);
  await admin.getByLabel("Repeat password").fill(ADMIN.password);
  await admin.getByRole("button", { name: "Create workspace and admin" }).click();
  await admin.waitForURL("**/fjellwerk**", { timeout: 30_000 });

  // The token is spent: setup is over for everyone.
  const again = await visitor.goto(await instance.setupPath());
  expect(again?.status()).toBe(404);

  // A second brand, created by the instance owner.
  await admin.goto("/instance/workspaces");
  const create = admin.getByRole("region", { name: "Create a workspace" });
  await create.getByLabel("Name", { exact: true }).fill("Fjellwerk Kids");
  await create.getByLabel("URL slug", { exact: true }).fill("fjellwerk-kids");
  await create.getByRole("button", { name: "Create workspace" }).click();
  await expect(create.getByText("Created Fjellwerk Kids")).toBeVisible();

  // Invite an editor to it; without SMTP the admin gets the link to hand over, never a password.
  const members = new MembersPage(admin);
  await members.goto("fjellwerk-kids");
  const link = await members.invite(EDITOR.email, "editor");
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  expect(instance.log()).not.toContain(link!.split("/invite/")[1]!);

  // The editor sets their own password and signs in.
  const editor = await newPage(browser);
  const invite = new InvitePage(editor);
  await invite.goto(link!);
  await invite.expectInvitation("Fjellwerk Kids");
  // Signed in straight away with the password just chosen.
  await invite.createAccount(EDITOR.name, EDITOR.password);
  await editor.waitForURL("**/fjellwerk-kids/**");

  // A second browser of the same editor: the session that must end.
  const oldSession = await newPage(browser);
  await oldSession.goto("/login");
  await new LoginPage(oldSession).signIn(EDITOR.email, EDITOR.password);
  await oldSession.waitForURL("**/fjellwerk-kids/**");

  // The editor changes the password on the profile page.
  await editor.goto("/account");
  const passwordForm = editor.getByRole("region", { name: "Change password" });
  await passwordForm.getByLabel("Current password").fill(EDITOR.password);
  await passwordForm.getByLabel("New password", { exact: true }).fill(EDITOR.newPassword);
  await passwordForm.getByLabel("Repeat password").fill(EDITOR.newPassword);
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await editor.waitForURL("**/login?**reason=password_changed**");

  // The other browser's session is over at its next request; the old password no longer works.
  await oldSession.goto("/fjellwerk-kids/review");
  await expect(oldSession).toHaveURL(/\/login/);
  await new LoginPage(oldSession).signIn(EDITOR.email, EDITOR.password);
  await expect(new LoginPage(oldSession).errorMessage()).toHaveText("Email or password is incorrect.");
  await new LoginPage(oldSession).signIn(EDITOR.email, EDITOR.newPassword);
  await oldSession.waitForURL("**/fjellwerk-kids/**");
});
