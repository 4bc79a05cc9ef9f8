import { expect, type Page } from "@playwright/test";

export class WorkspaceShell {
  constructor(private readonly page: Page) {}

  navigation() {
    return this.page.getByRole("navigation", { name: "Workspace" });
  }

  async navigationLabels(): Promise<string[]> {
    await expect(this.navigation()).toBeVisible();
    return (await this.navigation().getByRole("link").allInnerTexts()).map((label) => label.trim());
  }

  async expectSignedInAs(email: string, roleLabel: string) {
    await expect(this.page.getByTestId("current-user")).toContainText(email);
    await expect(this.page.getByTestId("current-role")).toHaveText(roleLabel);
  }

  async signOut() {
    await this.page.getByRole("button", { name: "Sign out" }).click();
    await this.page.waitForURL("**/login");
  }
}
