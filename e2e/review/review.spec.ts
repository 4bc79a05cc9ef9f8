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
// Edited texts: within the 30-character headline limit and without numbers (grounding checks numbers).
const MARKETER_HEADLINE = "Fjell Jacke für Wandertage";
const EDITOR_HEADLINE = "Wetterfest unterwegs";

/** Each person in their own browser context, so all four stay signed in side by side. */
async function signedIn(browser: Browser, role: Role): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount(role).email, DEMO_PASSWORD);
  await page.waitForURL(`**/${SLUG}/**`);
  return page;
}

test("a marketer submits → an editor requests changes → the marketer edits and resubmits → four eyes → another reviewer approves → publish → export", async ({ browser }) => {
  test.setTimeout(240_000);

  // The marketer generates a German search ad and submits it unchanged.
  const marketer = await signedIn(browser, "marketer");
  const generate = new GeneratePage(marketer);
  await generate.goto(SLUG);
  await generate.waitForProduct(PRODUCT);
  await generate.brief({ product: PRODUCT, channels: [CHANNEL], language: "German" });
  await generate.waitForResult(CHANNEL);
  const card = generate.result(CHANNEL);
  const exportHref = await card.getByRole("link", { name: "JSON" }).getAttribute("href");
  const assetId = new URL(exportHref!, "http://localhost").searchParams.get("assetId")!;
  expect(assetId).toMatch(/^ast_/);
  await card.getByRole("button", { name: "Submit for review" }).click();
  await expect(card.getByText("Submitted for review", { exact: true })).toBeVisible();

  // The editor finds it in the queue (counts, waiting time, who, what), opens it with the keyboard
  // and comments on the second headline, then sends it back from the queue with "r".
  const editor = await signedIn(browser, "editor");
  const review = new ReviewPage(editor);
  await review.goto(SLUG);
  await expect(review.shortcutHints()).toContainText("request changes");
  await expect(review.stateCount("in_review")).not.toContainText(/^0/);
  const row = review.row(assetId);
  await expect(row).toContainText(/waiting/);
  await expect(row).toContainText("Mira Marketer");
  await expect(row).toContainText(PRODUCT);
  await expect(row).toContainText(CHANNEL);
  await review.selectWithKeyboard(assetId);
  await editor.keyboard.press("o");
  await editor.waitForURL(`**/${SLUG}/assets/${assetId}`);
  const editorAsset = new AssetPage(editor);
  await editorAsset.expectLoaded();
  await editorAsset.commentOnField("Headline 2", "headlines[1].text", "Zu allgemein: sag, wofür die Jacke gemacht ist.");

  await review.goto(SLUG);
  await review.selectWithKeyboard(assetId);
  await expect(review.row(assetId)).toContainText("1 open");
  await review.requestChangesWithKeyboard("Headline 2 is too generic, see my comment on it.");
  await expect(review.feedback()).toContainText("Sent back for changes");
  await expect(review.row(assetId)).toHaveCount(0);

  // The marketer opens it from the library, reads both comments, edits the headline, saves a
  // new version, resolves the comment and resubmits. Marketers cannot approve at all.
  await marketer.goto(`/${SLUG}/assets?state=changes_requested`);
  await marketer.getByTestId(`asset-row-${assetId}`).getByRole("link").first().click();
  const marketerAsset = new AssetPage(marketer);
  await marketerAsset.expectLoaded();
  await expect(marketerAsset.stateBadge()).toHaveText("Changes requested");
  await expect(marketerAsset.changeRequest()).toContainText("Headline 2 is too generic");
  const headline2Comments = marketerAsset.fieldComments("headlines[1].text");
  await expect(headline2Comments.getByTestId("comment")).toContainText("Zu allgemein");
  await expect(marketerAsset.workflowButton("Approve")).toHaveCount(0);
  await marketerAsset.startEditing();
  await marketerAsset.field("Headline 2").fill(MARKETER_HEADLINE);
  await marketerAsset.saveAsNewVersion(2);
  await headline2Comments.getByRole("button", { name: /^Resolve/ }).click();
  await expect(headline2Comments.locator('[data-testid="comment"][data-open]')).toHaveCount(0);
  await marketerAsset.workflowButton("Submit for review").click();
  await expect(marketerAsset.workflowFeedback()).toContainText("Submitted for review");
  await expect(marketerAsset.stateBadge()).toHaveText("In review");

  // The editor edits during review ("e" opens the asset in edit mode), which makes them its last
  // editor: four eyes refuses their approval.
  await review.goto(SLUG);
  await review.selectWithKeyboard(assetId);
  await editor.keyboard.press("e");
  await editor.waitForURL(`**/${SLUG}/assets/${assetId}?edit=1`);
  await editorAsset.expectLoaded();
  await editorAsset.field("Headline 3").fill(EDITOR_HEADLINE);
  await editorAsset.saveAsNewVersion(3);
  await editorAsset.workflowButton("Approve").click();
  await expect(editorAsset.workflowFeedback().getByRole("alert")).toContainText("Four eyes: you last edited this asset");
  await expect(editorAsset.stateBadge()).toHaveText("In review");

  // A different reviewer (the admin, who holds asset:approve) approves from the queue with "a".
  const admin = await signedIn(browser, "admin");
  const adminReview = new ReviewPage(admin);
  await adminReview.goto(SLUG);
  await adminReview.selectWithKeyboard(assetId);
  await admin.keyboard.press("a");
  await expect(adminReview.feedback()).toContainText("Approved");
  await expect(adminReview.row(assetId)).toHaveCount(0);

  // Publish, then check the history, a diff between the generated and the approved version, and the export.
  const adminAsset = new AssetPage(admin);
  await adminAsset.goto(SLUG, assetId);
  await expect(adminAsset.stateBadge()).toHaveText("Approved");
  await adminAsset.workflowButton("Publish").click();
  await expect(adminAsset.stateBadge()).toHaveText("Published");
  await expect(adminAsset.history()).toContainText("Mira Marketer submitted for review");
  await expect(adminAsset.history()).toContainText("Eda Editor requested changes");
  await expect(adminAsset.history()).toContainText("Alex Admin approved");
  await expect(adminAsset.history()).toContainText("Alex Admin published");

  const compare = admin.getByRole("form", { name: "Compare versions" });
  await compare.getByLabel("Compare version").selectOption("1");
  await compare.getByLabel("with version").selectOption("3");
  await compare.getByRole("button", { name: "Compare" }).click();
  const diff = admin.getByTestId("version-diff");
  await expect(diff.locator("ins").filter({ hasText: "Wandertage" })).toBeVisible();
  await expect(diff.locator("ins").filter({ hasText: "Wetterfest" })).toBeVisible();
  await expect(diff.locator("del").first()).toBeVisible();

  const csv = await adminAsset.downloadExport("Google Ads Editor CSV");
  expect(csv).toContain(MARKETER_HEADLINE);
  expect(csv).toContain(EDITOR_HEADLINE);
});
