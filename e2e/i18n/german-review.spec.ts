import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { expectNoEnglishLeft } from "../fixtures/no-english";
import { AssetPage } from "../pages/asset-page";
import { GeneratePage } from "../pages/generate-page";

// Server actions and generation on a shared, loaded machine take longer than the 5 s default.
const expect = baseExpect.configure({ timeout: 30_000 });

const SLUG = DEMO_WORKSPACE.slug;
const PRODUCT = "Fjell Hardshell-Jacke Damen";
const CHANNEL = "Google responsive search ad";

// The editor's browser speaks German; the marketer's context below is created with English on purpose.
test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });

/** Signs in by the form's field names: the sign-in page's labels follow the browser's language. */
async function signIn(page: Page, role: "marketer" | "editor") {
  await page.goto("/login");
  await page.locator('input[name="email"]').fill(demoAccount(role).email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(`**/${SLUG}/**`);
}

/** A marketer (English browser) generates a German search ad and submits it: the asset the editor reviews. */
async function submittedByMarketer(browser: Browser): Promise<string> {
  const context = await browser.newContext({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" } });
  const page = await context.newPage();
  await signIn(page, "marketer");
  const generate = new GeneratePage(page);
  await generate.goto(SLUG);
  await generate.waitForProduct(PRODUCT);
  await generate.brief({ product: PRODUCT, channels: [CHANNEL], language: "German" });
  await generate.waitForResult(CHANNEL);
  const card = generate.result(CHANNEL);
  const exportHref = await card.getByRole("link", { name: "JSON" }).getAttribute("href");
  const assetId = new URL(exportHref!, "http://localhost").searchParams.get("assetId")!;
  // Saving the generated draft may still run on a loaded machine: submit once the button is usable.
  const submit = card.getByRole("button", { name: "Submit for review" });
  await expect(submit).toBeEnabled();
  await submit.click();
  await expect(card.getByText("Submitted for review", { exact: true })).toBeVisible({ timeout: 120_000 });
  await context.close();
  return assetId;
}

test("an editor with a German browser reviews and approves a marketer's asset in German", async ({ browser, page }) => {
  test.setTimeout(300_000);
  const assetId = await submittedByMarketer(browser);

  // The review queue, in German: heading, shortcuts, the marketer's row with a German waiting time.
  await signIn(page, "editor");
  await page.goto(`/${SLUG}/review`);
  await expect(page.getByRole("heading", { name: "Prüfung", exact: true })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expect(page.getByTestId("shortcut-hints")).toContainText("Änderungen anfordern");
  const row = page.getByTestId(`queue-row-${assetId}`);
  await expect(row).toContainText(/wartet seit/);
  await expect(row).toContainText(demoAccount("marketer").name);
  await expect(row).toContainText("Google-Anzeige");
  await expectNoEnglishLeft(page);
  await page.screenshot({ path: test.info().outputPath("review-queue-de.png"), fullPage: true });

  // The asset page: facts, workflow and history in German; the asset's own (German) copy is untouched.
  await row.getByRole("link").first().click();
  await page.waitForURL(`**/${SLUG}/assets/${assetId}`);
  const asset = new AssetPage(page);
  await asset.expectLoaded();
  await expect(asset.stateBadge()).toHaveText("In Prüfung");
  await expect(page.getByTestId("asset-facts")).toContainText("Prüfrunde:");
  const workflow = page.getByRole("region", { name: "Workflow" });
  await expectNoEnglishLeft(page);
  await page.screenshot({ path: test.info().outputPath("asset-in-review-de.png"), fullPage: true });

  await workflow.getByRole("button", { name: "Freigeben", exact: true }).click();
  await expect(page.getByTestId("workflow-feedback")).toContainText("Freigegeben");
  await expect(asset.stateBadge()).toHaveText("Freigegeben");
  await expect(page.getByTestId("history")).toContainText(`${demoAccount("editor").name} hat freigegeben`);
  await expectNoEnglishLeft(page);
  await page.screenshot({ path: test.info().outputPath("asset-approved-de.png"), fullPage: true });
});
