import { expect, type Locator, type Page } from "@playwright/test";

export class WebhookPage {
  constructor(private readonly page: Page) {}

  async goto(workspaceSlug: string) {
    await this.page.goto(`/${workspaceSlug}/admin/webhook`);
    await expect(this.page.getByRole("heading", { name: "Webhook", exact: true })).toBeVisible();
  }

  /** Saves the endpoint; returns the signing secret shown once. */
  async save(url: string): Promise<string> {
    await this.page.getByLabel("URL the events are POSTed to").fill(url);
    await this.page.getByRole("button", { name: "Save webhook" }).click();
    await expect(this.newSecret()).toBeVisible();
    return ((await this.page.getByTestId("secret-value").textContent()) ?? "").trim();
  }

  newSecret(): Locator {
    return this.page.getByTestId("new-secret");
  }

  deliveryLog(): Locator {
    return this.page.getByTestId("delivery-log");
  }

  /** Deliveries run in the background: reload until the log shows what is expected. */
  async waitForDelivery(text: RegExp) {
    await expect(async () => {
      await this.page.reload();
      await expect(this.deliveryLog()).toContainText(text, { timeout: 1_000 });
    }).toPass({ timeout: 60_000, intervals: [1_000, 2_000] });
  }
}
