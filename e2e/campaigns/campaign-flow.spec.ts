import { expect, test, type Browser, type Page } from "@playwright/test";
import type { Role } from "../../lib/authz/roles";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { expectNoSeriousViolations } from "../fixtures/axe";
import { AssetPage } from "../pages/asset-page";
import { CampaignsPage } from "../pages/campaigns-page";
import { GeneratePage } from "../pages/generate-page";
import { LoginPage } from "../pages/login-page";

const SLUG = DEMO_WORKSPACE.slug;
const PRODUCT = "Fjell Hardshell-Jacke Damen";
const EMAIL = "E-mail";
const LINKEDIN_POST = "LinkedIn post";
const LANDING_PAGE = "https://nordlicht.example/winter";
const OFFER_CODE = "FROST12";

/** Days from today as an ISO date: the campaign must be open (not over) whenever the suite runs. */
function isoDaysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Each person in their own browser context, so marketer and editor stay signed in side by side. */
async function signedIn(browser: Browser, role: Role): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount(role).email, DEMO_PASSWORD);
  await page.waitForURL(`**/${SLUG}/**`);
  return page;
}

test("a campaign with a persona and an offer → an e-mail and a LinkedIn post from it → submit → another person approves → the campaign page lists both with their UTM links", async ({ browser }) => {
  test.setTimeout(240_000);
  const suffix = Date.now().toString(36);
  const name = `Frost days ${suffix}`;

  // The marketer plans the campaign, making its persona inside the form.
  const marketer = await signedIn(browser, "marketer");
  await marketer.goto(`/${SLUG}/campaigns/new`);
  await expect(marketer.getByRole("form", { name: "New campaign" })).toBeVisible();
  await expectNoSeriousViolations(marketer, "new campaign form");
  const campaigns = new CampaignsPage(marketer);
  await campaigns.open();
  await campaigns.create({
    name,
    code: `Frost ${suffix}`,
    startsOn: isoDaysFromToday(0),
    endsOn: isoDaysFromToday(30),
    landingPage: LANDING_PAGE,
    channels: [EMAIL, LINKEDIN_POST],
    budget: "1.500,00",
    persona: { name: `Winter commuters ${suffix}`, pains: "Wet jackets on the bike" },
    offer: { code: OFFER_CODE, value: "12 %", validUntil: isoDaysFromToday(20) },
  });
  const campaignUrl = marketer.url();
  const utmPrefix = await campaigns.utmPrefix();

  // On Generate the campaign fills in its audience, landing page and only offer.
  const generate = new GeneratePage(marketer);
  await generate.goto(SLUG);
  await generate.waitForProduct(PRODUCT);
  await generate.chooseCampaign(name);
  await expect(generate.offerChoice(new RegExp(`^${OFFER_CODE}`))).toBeChecked();
  await expect(marketer.getByLabel("Landing page (optional, https)")).toHaveValue(LANDING_PAGE);
  await generate.brief({ product: PRODUCT, channels: [EMAIL, LINKEDIN_POST], language: "German" });
  await generate.waitForResult(EMAIL);
  await generate.waitForResult(LINKEDIN_POST);

  // The offer is a grounded fact of both drafts: its code is in the mail and in the post.
  const mail = generate.result(EMAIL);
  const post = generate.result(LINKEDIN_POST);
  // Without validation errors, approving needs no override reason.
  await expect(mail.getByTestId("validation-summary")).toContainText(/Valid|0 errors/);
  await expect(post.getByTestId("validation-summary")).toContainText(/Valid|0 errors/);
  await expect(mail.getByTestId("email-preview")).toContainText(OFFER_CODE);
  await expect(post.getByTestId("post-preview")).toContainText(OFFER_CODE);
  const emailId = await generate.assetIdOf(EMAIL);
  const postId = await generate.assetIdOf(LINKEDIN_POST);
  for (const card of [mail, post]) {
    await card.getByRole("button", { name: "Submit for review" }).click();
    await expect(card.getByText("Submitted for review", { exact: true })).toBeVisible();
  }

  // The editor wrote neither, so four eyes let them approve both.
  const editor = await signedIn(browser, "editor");
  const asset = new AssetPage(editor);
  for (const id of [emailId, postId]) {
    await asset.goto(SLUG, id);
    await expect(asset.stateBadge()).toHaveText("In review");
    await asset.workflowButton("Approve").click();
    await expect(asset.stateBadge()).toHaveText("Approved");
  }

  // Back on the campaign page: both assets by channel, approved, with tracked links that follow the convention.
  await marketer.goto(campaignUrl);
  await expect(marketer.getByRole("heading", { name, level: 1 })).toBeVisible();
  for (const [id, kind, label, source] of [
    [emailId, "email", EMAIL, "newsletter"],
    [postId, "linkedin-post", LINKEDIN_POST, "linkedin"],
  ] as const) {
    const row = campaigns.assetRow(id);
    await expect(row).toContainText(label);
    await expect(row.getByTestId("state-badge")).toHaveText("Approved");
    const link = await campaigns.assetUtmLink(id);
    expect(`${link.origin}${link.pathname}`).toBe(LANDING_PAGE);
    expect(link.searchParams.get("utm_source")).toBe(source);
    const utmCampaign = link.searchParams.get("utm_campaign") ?? "";
    expect(utmCampaign.startsWith(utmPrefix), `${utmCampaign} starts with ${utmPrefix}`).toBe(true);
    // The count table: one approved asset on the channel's row.
    await expect(campaigns.channelRow(kind)).toContainText(label);
    await expect(campaigns.channelRow(kind).getByRole("cell").last()).toHaveText("1");
  }
  await expectNoSeriousViolations(marketer, "campaign page with assets");
});
