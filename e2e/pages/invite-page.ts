import { expect, type Page } from "@playwright/test";

/** The page an invitation link opens (/invite/<token>). */
export class InvitePage {
  constructor(private readonly page: Page) {}

  async goto(link: string) {
    await this.page.goto(link);
  }

  async expectInvitation(workspaceName: string) {
    await expect(this.page.getByRole("heading", { name: `Join ${workspaceName}` })).toBeVisible();
  }

  /** A new address: choose name and password; the app signs the person in and opens the workspace. */
  async createAccount(name: string, password: string) {
    await this.page.getByLabel("Your name", { exact: true }).fill(name);
    await this.page.getByLabel("Password", { exact: true }).fill(password);
    await this.page.getByLabel("Repeat password", { exact: true }).fill(password);
    await this.page.getByRole("button", { name: "Create account and join" }).click();
    await this.page.waitForURL((url) => !url.pathname.startsWith("/invite/") && url.pathname !== "/login");
  }

  /** Signed in as the invited account. */
  async accept() {
    await this.page.getByRole("button", { name: /^Accept and join/ }).click();
  }

  /** Expired, revoked, used or replaced links. */
  notAvailableMessage() {
    return this.page.getByRole("heading", { name: "Invitation not available" });
  }
}
