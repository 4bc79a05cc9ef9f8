import { expect, test, type Page } from "@playwright/test";
import de from "../../messages/de.json";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { expectNoEnglishLeft } from "../fixtures/no-english";

// Issue 20: the marketer's generate → submit flow with a German browser. Labels come from the German catalogue, so the
// spec follows the wording there instead of repeating it.
test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });

const PRODUCT = "Fjell Hardshell-Jacke Damen";
const KIND = de.common.assetKind["meta-ad"];
const t = de.generate;

/** Signs in by the form's fields (not its labels: the sign-in page is converted in another area). */
async function signIn(page: Page, email: string) {
  await page.goto("/login");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
}

test("a marketer with a German browser generates a Meta ad from a brief and submits it for review, all in German", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, demoAccount("marketer").email);

  await page.goto(`/${DEMO_WORKSPACE.slug}/generate`);
  await expect(page.getByRole("heading", { name: t.page.title, exact: true })).toBeVisible();
  // The demo feed is indexed in the background after the first start: reload until the product is offered.
  const product = page.getByLabel(t.productPicker.product, { exact: true });
  await expect(async () => {
    await page.reload();
    await expect(product.locator("option", { hasText: PRODUCT })).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 90_000, intervals: [1_000, 2_000] });
  await expectNoEnglishLeft(page);
  await page.screenshot({ path: test.info().outputPath("generate-brief.png"), fullPage: true });

  await product.selectOption({ label: PRODUCT });
  await page.getByLabel(KIND, { exact: true }).check();
  await page.getByRole("group", { name: t.briefForm.language, exact: true }).getByLabel(t.briefForm.contentLanguage.de, { exact: true }).check();
  await page.getByRole("button", { name: t.briefForm.generate, exact: true }).click();

  const card = page.getByRole("region", { name: t.card.sectionLabel.replace("{kind}", KIND) });
  await expect(card.getByTestId("validation-summary")).toBeVisible({ timeout: 90_000 });
  // The status log and the card speak German; the German copy itself is the brief's language, not the UI's.
  await expect(page.getByTestId("generation-status")).toContainText(t.status.sending);
  await expect(card.getByTestId("validation-summary")).toContainText(t.validation.heading.replace(" {counts}", ""));
  await expect(card.getByText(t.card.status.saved, { exact: true })).toBeVisible();
  await expectNoEnglishLeft(page);
  await page.screenshot({ path: test.info().outputPath("generate-result.png"), fullPage: true });

  await card.getByRole("button", { name: t.cardActions.submit, exact: true }).click();
  // Submitting runs the compliance check on the server: give a loaded machine time.
  await expect(card.getByText(t.cardActions.submitted, { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(card.getByText(t.cardActions.state.inReview)).toBeVisible();
  await expectNoEnglishLeft(page);
  await page.screenshot({ path: test.info().outputPath("generate-submitted.png"), fullPage: true });

  await card.getByRole("link", { name: t.card.openAssetPage }).click();
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/assets/**`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("asset-page.png"), fullPage: true });
  // The asset page belongs to another area of issue 20: until every area is merged its English is reported as a soft
  // failure (the run goes on), so the lead sees what is left once all branches are in.
  const assetPageEnglish = await expectNoEnglishLeft(page).then(
    () => null,
    (error: Error) => error.message,
  );
  expect.soft(assetPageEnglish, "English left on the asset page (converted in another area)").toBeNull();
});
