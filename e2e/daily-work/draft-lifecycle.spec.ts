import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { GeneratePage } from "../pages/generate-page";
import { LoginPage } from "../pages/login-page";

const PRODUCT = "Fjell Hardshell-Jacke Damen";
const RSA = "Google responsive search ad";
const META = "Meta ad";

test("a marketer generates twice, keeps one result, discards the other, compares two variants, regenerates a field and undoes it", async ({ page }) => {
  test.setTimeout(240_000);
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("marketer").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);

  const generate = new GeneratePage(page);
  await generate.goto(DEMO_WORKSPACE.slug);
  await generate.waitForProduct(PRODUCT);

  // First run: a Meta ad. Results are kept as drafts as they arrive.
  await generate.brief({ product: PRODUCT, channels: [META], language: "German" });
  await generate.waitForResult(META);
  await expect(generate.result(META).getByText("Draft saved", { exact: true })).toBeVisible();
  const firstMetaId = await generate.assetIdOf(META);

  // Second run of the same brief plus an ad: the identical Meta ad is the same draft, not a copy.
  await page.getByLabel(RSA, { exact: true }).check();
  await page.getByRole("button", { name: "Generate", exact: true }).click();
  await generate.waitForResult(META);
  await generate.waitForResult(RSA);
  expect(await generate.assetIdOf(META)).toBe(firstMetaId);
  const firstRsaId = await generate.assetIdOf(RSA);

  // Discard the Meta ad: it is archived (and can be restored from the card); the ad is kept.
  await generate.result(META).getByRole("button", { name: `Discard ${META}` }).click();
  await expect(generate.result(META).getByText("Discarded", { exact: true })).toBeVisible();
  await expect(generate.result(META).getByRole("button", { name: `Restore ${META}` })).toBeVisible();
  await expect(generate.result(RSA).getByText("Draft saved", { exact: true })).toBeVisible();

  // Another variant of the ad: shown next to the first; keeping it archives the first and leaves it as the card.
  await generate.anotherVariant(RSA, 2);
  await expect(generate.variant(RSA, 1)).toBeVisible();
  await generate.variant(RSA, 2).getByRole("button", { name: `Keep ${RSA} variant 2` }).click();
  await expect(generate.variant(RSA, 1)).toHaveCount(0);
  await expect(generate.variant(RSA, 2)).toHaveCount(0);
  await generate.waitForResult(RSA);
  const keptId = await generate.assetIdOf(RSA);
  expect(keptId).not.toBe(firstRsaId);
  // Asking again offers a third wording, not one already seen.
  await expect(generate.result(RSA).getByRole("button", { name: `Another variant of ${RSA}` })).toBeEnabled();

  // Regenerate a field, then undo: the text before the regenerate is back.
  const ad = generate.result(RSA);
  const description = ad.getByLabel("Description 1", { exact: true });
  const before = await description.inputValue();
  await ad.getByRole("button", { name: "Regenerate Description 1" }).click();
  await expect(description).not.toHaveValue(before);
  await ad.getByRole("button", { name: "Undo regenerate of Description 1" }).click();
  await expect(description).toHaveValue(before);
  await expect(ad.getByRole("button", { name: "Undo regenerate of Description 1" })).toHaveCount(0);

  // A typed edit is undone the same way.
  const headline = ad.getByLabel("Headline 2", { exact: true });
  const headlineBefore = await headline.inputValue();
  await headline.fill("Fjell Jacke für Pendlerinnen");
  await ad.getByRole("button", { name: "Undo edit of Headline 2" }).click();
  await expect(headline).toHaveValue(headlineBefore);

  // The library lists the kept draft and not the discarded one, which the Archived filter shows.
  await page.goto(`/${DEMO_WORKSPACE.slug}/assets`);
  await expect(page.locator(`a[href="/${DEMO_WORKSPACE.slug}/assets/${keptId}"]`)).toBeVisible();
  await expect(page.locator(`a[href="/${DEMO_WORKSPACE.slug}/assets/${firstMetaId}"]`)).toHaveCount(0);
  await page.goto(`/${DEMO_WORKSPACE.slug}/assets?archived=1`);
  await expect(page.locator(`a[href="/${DEMO_WORKSPACE.slug}/assets/${firstMetaId}"]`)).toBeVisible();
  await expect(page.locator(`a[href="/${DEMO_WORKSPACE.slug}/assets/${firstRsaId}"]`)).toBeVisible();
});
