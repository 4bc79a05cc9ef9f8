import { expect, test, type Page } from "@playwright/test";
import type { Role } from "../../lib/authz/roles";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { expectNoSeriousViolations } from "../fixtures/axe";
import { CampaignsPage } from "../pages/campaigns-page";
import { LoginPage } from "../pages/login-page";

async function signIn(page: Page, role: Role) {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount(role).email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
}

test("a marketer plans a campaign with a new persona and an offer, and its page shows the plan, the calendar and where KPIs will come from", async ({ page }) => {
  await signIn(page, "marketer");
  const campaigns = new CampaignsPage(page);
  await campaigns.open();
  await expectNoSeriousViolations(page, "campaigns list");
  const suffix = Date.now().toString(36);
  await campaigns.create({
    name: `Winter boots ${suffix}`,
    code: `Winter Boots ${suffix}`,
    startsOn: "2027-01-10",
    endsOn: "2027-02-10",
    landingPage: "https://nordlicht.example/winter",
    channels: ["Meta ad", "LinkedIn ad"],
    budget: "2.000,00",
    persona: { name: `Winter hikers ${suffix}`, pains: "Cold feet" },
    offer: { code: "winter 10", value: "10 %", validUntil: "2027-01-31" },
  });
  await expect(page.getByTestId("campaign-state")).toHaveText("Planned");
  await expect(page.getByTestId("campaign-persona")).toContainText(`Winter hikers ${suffix}`);
  await expect(page.getByText("€2,000.00")).toBeVisible();
  // The offer code is stored upper case without spaces; its end is on the calendar (dates in the UI locale: MM/DD/YYYY in English).
  await expect(campaigns.offer("WINTER10")).toContainText("valid until 01/31/2027");
  await expect(campaigns.calendarDates()).toContainText("01/31/2027Offer WINTER10 ends");
  // A marketer plans the campaign but sees no money figures (kpi:read is for managers and admins); the UTM prefix is shown to all.
  await expect(page.getByTestId("utm-prefix")).toHaveText(`winter_boots_${suffix}`);
  await expect(campaigns.kpis()).toContainText("Performance figures (cost, revenue, CPA, ROAS) are shown to managers and admins.");
  await expect(campaigns.channelRow("linkedin-ad")).toContainText("0");
  await expectNoSeriousViolations(page, "campaign page");

  await campaigns.open();
  await expect(campaigns.table().getByRole("link", { name: `Winter boots ${suffix}` })).toBeVisible();
});

test("an editor reads campaigns; planning them is shown unavailable with the reason, and the form refuses by URL", async ({ page }) => {
  await signIn(page, "editor");
  const campaigns = new CampaignsPage(page);
  await campaigns.open();
  const newCampaign = page.getByRole("button", { name: "New campaign" });
  await expect(newCampaign).toHaveAttribute("aria-disabled", "true");
  await expect(page.getByText("Your role (Editor) reads campaigns and personas")).toBeVisible();
  await campaigns.table().getByRole("link", { name: "Regenwoche (synthetic demo)" }).click();
  await expect(page.getByTestId("campaign-state")).toHaveText("Running");
  await expect(campaigns.offer("REGEN15")).toContainText("Fjell Hardshell-Jacke Herren");
  await expect(campaigns.kpis()).toContainText("Performance figures (cost, revenue, CPA, ROAS) are shown to managers and admins.");
  await expect(page.getByRole("button", { name: "Edit campaign" })).toHaveAttribute("aria-disabled", "true");
  const response = await page.goto(`/${DEMO_WORKSPACE.slug}/campaigns/new`);
  expect(response?.status()).toBe(403);
});
