import { expect, type Page } from "@playwright/test";
import type { Role } from "../../lib/authz/roles";

export class MembersPage {
  constructor(private readonly page: Page) {}

  async goto(workspaceSlug: string) {
    await this.page.goto(`/${workspaceSlug}/admin/members`);
    await expect(this.page.getByRole("heading", { name: "Members", exact: true })).toBeVisible();
  }

  /**
   * Invites a person. Without SMTP (as in these tests) the page shows the invitation link once,
   * to copy: this returns it. With SMTP it returns null (the link went by mail only).
   */
  async invite(email: string, role: Role): Promise<string | null> {
    const form = this.page.getByRole("region", { name: "Invite a member" });
    await form.getByLabel("Email", { exact: true }).fill(email);
    await form.getByLabel("Role", { exact: true }).selectOption(role);
    await form.getByRole("button", { name: "Send invitation" }).click();
    await expect(form.getByRole("status").filter({ hasText: email })).toBeVisible();
    const link = form.getByLabel(`Invitation link for ${email}`);
    return (await link.count()) > 0 ? await link.inputValue() : null;
  }

  invitationRow(email: string) {
    return this.page.getByTestId(`invitation-${email}`);
  }

  /** Resends; returns the new link when it is shown (no SMTP). */
  async resendInvitation(email: string): Promise<string | null> {
    await this.page.getByRole("button", { name: `Resend invitation to ${email}` }).click();
    const section = this.page.getByRole("region", { name: "Pending invitations" });
    await expect(section.getByRole("status").filter({ hasText: email })).toBeVisible();
    const link = section.getByLabel(`Invitation link for ${email}`);
    return (await link.count()) > 0 ? await link.inputValue() : null;
  }

  async revokeInvitation(email: string) {
    // The in-page confirmation replaces the browser dialog; its button names what it confirms.
    await this.page.getByRole("button", { name: `Revoke invitation to ${email}` }).click();
    await this.page.getByTestId("revoke-invitation-confirm").getByRole("button", { name: "Confirm revoking" }).click();
    await expect(this.invitationRow(email)).toHaveCount(0);
  }

  row(email: string) {
    return this.page.getByTestId(`member-${email}`);
  }

  /** Removal asks for confirmation, with an "also erase their personal data" choice (off unless asked for). */
  async removeMember(email: string, options: { erasePersonalData?: boolean } = {}) {
    await this.page.getByRole("button", { name: `Remove ${email}` }).click();
    const confirm = this.page.getByTestId("remove-member-confirm");
    if (options.erasePersonalData) await confirm.getByRole("checkbox", { name: /Also erase their personal data/ }).check();
    await confirm.getByRole("button", { name: options.erasePersonalData ? "Remove and erase" : "Confirm removal" }).click();
    await expect(this.row(email)).toHaveCount(0);
  }
}
