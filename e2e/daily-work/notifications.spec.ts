import { expect, test, type Browser, type Page } from "@playwright/test";
import type { Role } from "../../lib/authz/roles";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { GeneratePage } from "../pages/generate-page";
import { LoginPage } from "../pages/login-page";
import { MyWorkPage } from "../pages/my-work-page";
import { ReviewPage } from "../pages/review-page";
import { WorkspaceShell } from "../pages/workspace-shell";

const PRODUCT = "Fjell Hardshell-Jacke Damen";
const CHANNEL = "Google responsive search ad";
const SLUG = DEMO_WORKSPACE.slug;
const COMMENT = "Headline 2 is too generic: say what the jacket is made for.";

async function signedIn(browser: Browser, role: Role): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount(role).email, DEMO_PASSWORD);
  await page.waitForURL(`**/${SLUG}/**`);
  return page;
}

test("a marketer submits → the editor is notified and requests changes → the marketer sees it in My work", async ({ browser }) => {
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

  // The editor: a count in the navigation, the asset waiting for review, and an unread notification.
  const editor = await signedIn(browser, "editor");
  const editorWork = new MyWorkPage(editor);
  await editorWork.goto(SLUG);
  await expect(new WorkspaceShell(editor).navigationCount("My work")).toBeVisible();
  await expect(editorWork.section("Waiting for my review").getByRole("link", { name: /.+/ }).first()).toBeVisible();
  const submitted = editorWork.notification(/submitted .* for review/);
  await expect(submitted.first()).toHaveAttribute("data-read", "false");
  await editorWork.markRead(submitted.first());

  const review = new ReviewPage(editor);
  await review.goto(SLUG);
  await review.selectWithKeyboard(assetId);
  await review.requestChangesWithKeyboard(COMMENT);
  await expect(review.feedback()).toContainText("Sent back for changes");

  // The marketer: the asset under "Sent back to me" and the editor's comment in the notification.
  const marketerWork = new MyWorkPage(marketer);
  await marketerWork.goto(SLUG);
  await expect(marketerWork.section("Sent back to me").locator(`a[href$="/assets/${assetId}"]`)).toBeVisible();
  const sentBack = marketerWork.notification(COMMENT);
  await expect(sentBack).toHaveAttribute("data-read", "false");
  await expect(new WorkspaceShell(marketer).navigationCount("My work")).toBeVisible();
  await marketer.getByRole("button", { name: "Mark all read" }).click();
  await expect(sentBack).toHaveAttribute("data-read", "true");
  await expect(marketer.getByRole("button", { name: "Mark all read" })).toBeDisabled();
});
