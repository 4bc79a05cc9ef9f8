import { expect, type Page } from "@playwright/test";

export type NewCampaign = {
  name: string;
  code: string;
  startsOn: string;
  endsOn: string;
  landingPage: string;
  channels: string[];
  budget: string;
  persona: { name: string; pains: string };
  offer: { code: string; value: string; validUntil: string };
};

/** The campaigns list, the campaign form and a campaign's page. */
export class CampaignsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Campaigns" }).click();
    await expect(this.page.getByRole("heading", { name: "Campaigns", level: 1 })).toBeVisible();
  }

  table() {
    return this.page.getByTestId("campaigns-table");
  }

  /** Fills the new-campaign form, making its persona in place and adding one offer, and creates it. */
  async create(campaign: NewCampaign) {
    await this.page.getByRole("link", { name: "New campaign" }).click();
    await expect(this.page.getByRole("heading", { name: "New campaign", level: 1 })).toBeVisible();
    const form = this.page.getByRole("form", { name: "New campaign" });
    await form.getByLabel("Name", { exact: true }).fill(campaign.name);
    await form.getByLabel("Code", { exact: true }).fill(campaign.code);
    await form.getByLabel("Start date").fill(campaign.startsOn);
    await form.getByLabel("End date").fill(campaign.endsOn);
    await form.getByRole("button", { name: "New persona" }).click();
    await form.getByLabel("Persona name").fill(campaign.persona.name);
    await form.getByLabel("Pains (one per line)").fill(campaign.persona.pains);
    await form.getByRole("button", { name: "Save persona" }).click();
    await expect(form.getByRole("combobox", { name: "Persona", exact: true }).locator("option:checked")).toContainText(campaign.persona.name);
    await form.getByLabel("Landing page 1 URL").fill(campaign.landingPage);
    for (const channel of campaign.channels) await form.getByRole("checkbox", { name: channel, exact: true }).check();
    await form.getByLabel("Budget (empty: not planned)").fill(campaign.budget);
    await form.getByRole("button", { name: "Add offer" }).click();
    await form.getByLabel("Offer 1 code").fill(campaign.offer.code);
    await form.getByLabel("Offer 1 value").fill(campaign.offer.value);
    await form.getByLabel("Offer 1 valid until").fill(campaign.offer.validUntil);
    await form.getByRole("button", { name: "Create campaign" }).click();
    await this.page.waitForURL(/\/campaigns\/cmp_[^/]+$/);
    await expect(this.page.getByRole("heading", { name: campaign.name, level: 1 })).toBeVisible();
  }

  offer(code: string) {
    return this.page.getByTestId(`offer-${code}`);
  }

  calendarDates() {
    return this.page.getByTestId("calendar-dates");
  }

  kpis() {
    return this.page.getByRole("region", { name: "KPIs" });
  }

  channelRow(kind: string) {
    return this.page.getByTestId(`channel-row-${kind}`);
  }

  /** The start every `utm_campaign` of the campaign shares, as its summary states it. */
  async utmPrefix(): Promise<string> {
    const prefix = ((await this.page.getByTestId("utm-prefix").textContent()) ?? "").trim();
    if (prefix === "") throw new Error("the campaign page shows no UTM prefix");
    return prefix;
  }

  /** One asset in the campaign's asset table, with its channel, state and tracked link. */
  assetRow(assetId: string) {
    return this.page.getByTestId(`campaign-asset-${assetId}`);
  }

  /** The tracked link an asset row shows, as a URL. */
  async assetUtmLink(assetId: string): Promise<URL> {
    const text = ((await this.assetRow(assetId).getByTestId("utm-link").textContent()) ?? "").trim();
    return new URL(text);
  }
}
