import { expect, type Page } from "@playwright/test";

export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/login");
    await expect(this.page.getByRole("heading", { name: "Sign in to Brandpilot" })).toBeVisible();
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel("Email", { exact: true }).fill(email);
    await this.page.getByLabel("Password", { exact: true }).fill(password);
    await this.page.getByRole("button", { name: "Sign in", exact: true }).click();
  }

  /** The form's error (Next's route announcer is an empty alert region too, hence the filter). */
  errorMessage() {
    return this.page.getByRole("alert").filter({ hasText: /\S/ });
  }
}
