import { expect, test, type Browser, type Page } from "@playwright/test";
import type { Role } from "../../lib/authz/roles";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { AssetPage } from "../pages/asset-page";
import { GeneratePage } from "../pages/generate-page";
import { LoginPage } from "../pages/login-page";
import { ReviewPage } from "../pages/review-page";

const PRODUCT = "Fjell Hardshell-Jacke Damen";
const CHANNEL = "Google responsive search ad";
const SLUG = DEMO_WORKSPACE.slug;
// Within the 30-character headline limit and without numbers (grounding checks numbers).
const EDITOR_HEADLINE = "Wetterfest unterwegs";

async function signedIn(browser: Browser, role: Role): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount(role).email, DEMO_PASSWORD);
  await page.waitForURL(`**/${SLUG}/**`);
  return page;
}

test("an editor who edited a version sees Approve disabled with the four-eyes reason, before clicking", async ({ browser }) => {
  test.setTimeout(180_000);

  const marketer = await signedIn(browser, "marketer");
  const generate = new GeneratePage(marketer);
  await generate.goto(SLUG);
  await generate.waitForProduct(PRODUCT);
  await generate.brief({ product: PRODUCT, channels: [CHANNEL], language: "German" });
  await generate.waitForResult(CHANNEL);
  const card = generate.result(CHANNEL);
  const exportHref = await card.getByRole("link", { name: "JSON" }).getAttribute("href");
  const assetId = new URL(exportHref!, "http://localhost").searchParams.get("assetId")!;
  await card.getByRole("button", { name: "Submit for review" }).click();
  await expect(card.getByText("Submitted for review", { exact: true })).toBeVisible();

  // Before editing, the editor may decide: Approve is enabled and no reason is shown.
  const editor = await signedIn(browser, "editor");
  const asset = new AssetPage(editor);
  await asset.goto(SLUG, assetId, { edit: true });
  await expect(asset.workflowButton("Approve")).toBeEnabled();
  await expect(asset.unavailableReasons()).toHaveCount(0);

  // Saving an edit makes them the version's last editor: both decisions go to another editor.
  await asset.field("Headline 3").fill(EDITOR_HEADLINE);
  await asset.saveAsNewVersion(2);
  await expect(asset.workflowButton("Approve")).toBeDisabled();
  await expect(asset.workflowButton("Request changes")).toBeDisabled();
  await expect(asset.unavailableReasons()).toContainText("You edited this version — another editor must approve.");
  await expect(asset.workflowButton("Approve")).toHaveAccessibleDescription("You edited this version — another editor must approve.");
  await expect(asset.stateBadge()).toHaveText("In review");

  // The marketer who submitted it sees why nothing is theirs to do now.
  const marketerAsset = new AssetPage(marketer);
  await marketerAsset.goto(SLUG, assetId);
  await expect(marketerAsset.workflowButton("Submit for review")).toBeDisabled();
  await expect(marketerAsset.unavailableReasons()).toContainText("Submitted: it is in review, and an editor decides next.");

  // Another reviewer (the admin) still can approve it from the queue.
  const admin = await signedIn(browser, "admin");
  const adminReview = new ReviewPage(admin);
  await adminReview.goto(SLUG);
  await expect(adminReview.row(assetId)).toBeVisible();
});
