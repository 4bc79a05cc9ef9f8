import { expect, type Locator, type Page } from "@playwright/test";

/** The Knowledge page's websites and feed URLs, and the admin switch they need for an intranet site. */
export class WebsiteSources {
  constructor(private readonly page: Page) {}

  /** Admin → Webhook → Outbound requests: lets the workspace reach private addresses (the spec's site is on 127.0.0.1). */
  async allowPrivateNetworks(workspaceSlug: string) {
    await this.page.goto(`/${workspaceSlug}/admin/webhook`);
    const toggle = this.page.getByLabel("Allow private networks for this workspace");
    // The setting is saved by a server action on change; wait for the saved state, not only the click.
    if (!(await toggle.isChecked())) await toggle.click();
    await expect(toggle).toBeChecked();
    await expect(toggle).toBeEnabled();
  }

  async addWebsite(options: { name: string; url: string }) {
    const form = this.page.getByRole("region", { name: "Add a website" });
    await form.getByLabel("Name").fill(options.name);
    await form.getByLabel("Start page or sitemap URL").fill(options.url);
    await form.getByRole("button", { name: "Add website" }).click();
    await expect(form.getByRole("status").filter({ hasText: "Website added" })).toBeVisible();
  }

  connector(name: string): Locator {
    return this.page.getByTestId("connector").filter({ has: this.page.getByRole("heading", { name }) });
  }

  /** The page refreshes itself while a sync runs; wait until it shows what is expected. */
  async waitForPagesIndexed(name: string, count: number) {
    await expect(this.connector(name).getByTestId("pages-indexed")).toHaveText(`${count} pages indexed.`, { timeout: 90_000 });
  }
}
