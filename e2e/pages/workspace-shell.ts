import { expect, type Page } from "@playwright/test";

export class WorkspaceShell {
  constructor(private readonly page: Page) {}

  navigation() {
    return this.page.getByRole("navigation", { name: "Workspace" });
  }

  async navigationLabels(): Promise<string[]> {
    await expect(this.navigation()).toBeVisible();
    // Without the My work badge ("3 waiting"): the labels are what is compared.
    return (await this.navigation().getByRole("link").allInnerTexts()).map((label) => label.replace(/\s*\d+\s*waiting$/, "").trim());
  }

  /** The count badge after a navigation label (My work), or null without one. */
  navigationCount(label: string) {
    return this.navigation().getByTestId(`nav-count-${label}`);
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
