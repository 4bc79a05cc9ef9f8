import { expect, test, type Browser, type Page } from "@playwright/test";
import type { Role } from "../../lib/authz/roles";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { AssetPage } from "../pages/asset-page";
import { GeneratePage } from "../pages/generate-page";
import { LoginPage } from "../pages/login-page";
import { ReviewPage } from "../pages/review-page";
import { WebhookPage } from "../pages/webhook-page";

const PRODUCT = "Fjell Hardshell-Jacke Damen";
const CHANNEL = "Google responsive search ad";
const SLUG = DEMO_WORKSPACE.slug;
const MARKETER = demoAccount("marketer").name;
const EDITOR = demoAccount("editor").name;
const ADMIN = demoAccount("admin").name;
// Edited texts: within the 30-character headline limit and without numbers (grounding checks numbers).
const MARKETER_HEADLINE = "Fjell Jacke für Wandertage";
const EDITOR_HEADLINE = "Wetterfest unterwegs";
// A host that never resolves: every delivery attempt fails and is logged with its error.
const CMS_URL = "https://cms.invalid/hooks/brandpilot";

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
  await expect(row).toContainText(MARKETER);
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
  // editor: four eyes disables their approval, and the page says why before anyone clicks.
  await review.goto(SLUG);
  await review.selectWithKeyboard(assetId);
  await editor.keyboard.press("e");
  await editor.waitForURL(`**/${SLUG}/assets/${assetId}?edit=1`);
  await editorAsset.expectLoaded();
  await editorAsset.field("Headline 3").fill(EDITOR_HEADLINE);
  await editorAsset.saveAsNewVersion(3);
  await expect(editorAsset.workflowButton("Approve")).toBeDisabled();
  await expect(editorAsset.unavailableReasons()).toContainText("You edited this version — another editor must approve.");
  await expect(editorAsset.stateBadge()).toHaveText("In review");

  // The admin connects the CMS webhook: the signing secret is shown once, with how to verify it.
  const admin = await signedIn(browser, "admin");
  const webhook = new WebhookPage(admin);
  await webhook.goto(SLUG);
  expect(await webhook.save(CMS_URL)).toMatch(/^whsec_/);
  await expect(webhook.newSecret()).toContainText("x-brandpilot-signature");
  await admin.reload();
  await expect(webhook.newSecret()).toHaveCount(0);
  await expect(admin.getByText(/Signing secret …\S{4}/)).toBeVisible();

  // A different reviewer (the admin, who holds asset:approve) approves from the queue with "a".
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
  await expect(adminAsset.history()).toContainText(`${MARKETER} submitted for review`);
  await expect(adminAsset.history()).toContainText(`${EDITOR} requested changes`);
  await expect(adminAsset.history()).toContainText(`${ADMIN} approved`);
  await expect(adminAsset.history()).toContainText(`${ADMIN} published`);

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

  // Publishing queued a signed delivery of version 3; the CMS is unreachable, so the log shows
  // the failed attempts with their error, and the admin can send it again.
  await expect(admin.getByRole("region", { name: "Webhook deliveries" })).toContainText("v3");
  await webhook.goto(SLUG);
  await webhook.waitForDelivery(/[1-9]\d* attempts?/);
  // While the queue retries (2 s, 4 s, 8 s, 16 s), there is nothing to redeliver; once the five
  // attempts failed, the admin can send it again.
  await webhook.waitForDelivery(/Failed/);
  const delivery = webhook.deliveryLog().getByRole("listitem").first();
  await delivery.getByText(/^Attempts/).click();
  await expect(delivery).toContainText("No response");
  await expect(delivery).toContainText("Error:");
  await delivery.getByRole("button", { name: /^Redeliver/ }).click();
  await expect(admin.getByText("Queued for redelivery.")).toBeVisible();
});

test("two people saving the same asset get a conflict naming the other change; approving a failing version needs an override reason", async ({ browser }) => {
  test.setTimeout(180_000);

  // The marketer submits an ad whose first headline is too long (a validation error).
  const marketer = await signedIn(browser, "marketer");
  const generate = new GeneratePage(marketer);
  await generate.goto(SLUG);
  await generate.waitForProduct(PRODUCT);
  await generate.brief({ product: PRODUCT, channels: [CHANNEL], language: "German" });
  await generate.waitForResult(CHANNEL);
  const card = generate.result(CHANNEL);
  const assetId = new URL((await card.getByRole("link", { name: "JSON" }).getAttribute("href"))!, "http://localhost").searchParams.get("assetId")!;
  await card.getByLabel("Headline 1", { exact: true }).fill("Wetterfeste Hardshell-Jacke für Wanderinnen");
  await card.getByRole("button", { name: "Save draft" }).click();
  await expect(card.getByText("Draft saved as version 2.")).toBeVisible();
  await card.getByRole("button", { name: "Submit for review" }).click();
  await expect(card.getByText("Submitted for review", { exact: true })).toBeVisible();

  // The editor and the admin both open it for editing; the admin saves first.
  const editor = await signedIn(browser, "editor");
  const admin = await signedIn(browser, "admin");
  const editorAsset = new AssetPage(editor);
  const adminAsset = new AssetPage(admin);
  await editorAsset.goto(SLUG, assetId, { edit: true });
  await adminAsset.goto(SLUG, assetId, { edit: true });
  await adminAsset.field("Headline 2").fill("Jacke für jedes Wetter");
  await adminAsset.saveAsNewVersion(3);

  // The editor's save is refused with who saved what; their text stays in the field.
  await editorAsset.field("Headline 3").fill("Leicht und wetterfest");
  await editor.getByRole("button", { name: "Save as new version" }).click();
  const conflict = editor.getByRole("alert").filter({ hasText: "Not saved" });
  await expect(conflict).toContainText(`${ADMIN} saved version 3 after you opened version 2`);
  await expect(conflict).toContainText("Jacke für jedes Wetter");
  await expect(editorAsset.field("Headline 3")).toHaveValue("Leicht und wetterfest");

  // From the queue, "a" on a failing version asks for an override reason, which is then shown on the asset.
  editor.on("dialog", (dialog) => dialog.accept()); // leaving with unsaved edits asks first
  const review = new ReviewPage(editor);
  await review.goto(SLUG);
  await review.selectWithKeyboard(assetId);
  await expect(review.row(assetId)).toContainText(/1 error/);
  await editor.keyboard.press("a");
  const dialog = editor.getByRole("dialog", { name: "Approve despite validation errors" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Approve anyway" }).click();
  await expect(dialog).toContainText("Override reason is required.");
  await dialog.getByLabel(/Override reason/).fill("Headline 1 is shortened by the ad platform's own rules; agreed with the brand team.");
  await dialog.getByRole("button", { name: "Approve anyway" }).click();
  await expect(dialog).toBeHidden();
  await expect(review.feedback()).toContainText("Approved");

  await editorAsset.goto(SLUG, assetId);
  await expect(editorAsset.stateBadge()).toHaveText("Approved");
  await expect(editor.getByTestId("override-reason")).toContainText("Approved despite validation errors: Headline 1 is shortened");
  await expect(editorAsset.history()).toContainText("Override: Headline 1 is shortened");
});
