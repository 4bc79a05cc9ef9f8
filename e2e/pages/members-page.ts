import { expect, type Page } from "@playwright/test";
import type { Role } from "../../lib/authz/roles";

export class MembersPage {
  constructor(private readonly page: Page) {}

  async goto(workspaceSlug: string) {
    await this.page.goto(`/${workspaceSlug}/admin/members`);
    await expect(this.page.getByRole("heading", { name: "Members", exact: true })).toBeVisible();
  }

  /** Adds a person; returns the one-time password when a new account was created. */
  async addMember(email: string, role: Role): Promise<string | null> {
    await this.page.getByLabel("Email", { exact: true }).fill(email);
    await this.page.getByLabel("Role", { exact: true }).selectOption(role);
    await this.page.getByRole("button", { name: "Add member" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: `Added ${email}` })).toBeVisible();
    const password = this.page.getByTestId("initial-password");
    return (await password.count()) > 0 ? (await password.textContent())?.trim() ?? null : null;
  }

  row(email: string) {
    return this.page.getByTestId(`member-${email}`);
  }

  async removeMember(email: string) {
    this.page.once("dialog", (dialog) => dialog.accept());
    await this.page.getByRole("button", { name: `Remove ${email}` }).click();
    await expect(this.row(email)).toHaveCount(0);
  }
}
