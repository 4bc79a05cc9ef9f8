import { expect, type Locator, type Page } from "@playwright/test";

export class GeneratePage {
  constructor(private readonly page: Page) {}

  async goto(workspaceSlug: string) {
    await this.page.goto(`/${workspaceSlug}/generate`);
    await expect(this.page.getByRole("heading", { name: "Generate", exact: true })).toBeVisible();
  }

  /**
   * The demo content is indexed in the background after the first start: reload until the
   * product shows up in the picker (the list is rendered on the server).
   */
  async waitForProduct(title: string) {
    await expect(async () => {
      await this.page.reload();
      await expect(this.page.getByLabel("Product", { exact: true }).locator("option", { hasText: title })).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 90_000, intervals: [1_000, 2_000] });
  }

  /**
   * Writes the brief inside a campaign: the form fills in what the campaign passes on (persona,
   * landing page, its only offer), then the product, channels and language are chosen as usual.
   */
  async chooseCampaign(name: string) {
    const campaign = this.page.getByLabel("Campaign", { exact: true });
    await campaign.selectOption({ label: await campaign.locator("option", { hasText: name }).innerText() });
  }

  /** The offer choice a campaign brings (radio buttons, one per running offer). */
  offerChoice(label: string | RegExp): Locator {
    return this.page.getByRole("group", { name: "Offer" }).getByRole("radio", { name: label });
  }

  async brief(options: { product: string; channels: string[]; language: "German" | "English" }) {
    await this.page.getByLabel("Product", { exact: true }).selectOption({ label: options.product });
    for (const channel of options.channels) await this.page.getByLabel(channel, { exact: true }).check();
    await this.page.getByLabel(options.language, { exact: true }).check();
    await this.page.getByRole("button", { name: "Generate", exact: true }).click();
  }

  result(channel: string): Locator {
    return this.page.getByRole("region", { name: `${channel} result` });
  }

  async waitForResult(channel: string) {
    await expect(this.result(channel).getByTestId("validation-summary")).toBeVisible({ timeout: 60_000 });
  }

  /** One of two variants shown side by side on a card ("Another variant"); `number` counts from 1. */
  variant(channel: string, number: number): Locator {
    return this.result(channel).getByRole("region", { name: `${channel} variant ${number}` });
  }

  /** Asks for another variant of a card's asset kind and waits until it is shown next to the first. */
  async anotherVariant(channel: string, number: number) {
    await this.result(channel).getByRole("button", { name: `Another variant of ${channel}` }).click();
    await expect(this.variant(channel, number).getByTestId("validation-summary")).toBeVisible({ timeout: 60_000 });
  }

  /** The asset id behind a result card, read from its "Open asset page" link. */
  async assetIdOf(channel: string): Promise<string> {
    const href = await this.result(channel).getByRole("link", { name: "Open asset page" }).getAttribute("href");
    const id = href?.split("/assets/")[1];
    if (!id) throw new Error(`no asset link on the ${channel} card`);
    return id;
  }
}
