import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { GeneratePage } from "../pages/generate-page";
import { LoginPage } from "../pages/login-page";

const PRODUCT = "Fjell Hardshell-Jacke Damen";

test("a marketer generates an SEO page and a responsive search ad for a demo product, checks citations and validation, saves and submits", async ({ page }) => {
  test.setTimeout(180_000);
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("marketer").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);

  const generate = new GeneratePage(page);
  await generate.goto(DEMO_WORKSPACE.slug);
  await generate.waitForProduct(PRODUCT);
  await generate.brief({ product: PRODUCT, channels: ["SEO page", "Google responsive search ad"], language: "German" });

  await generate.waitForResult("SEO page");
  await generate.waitForResult("Google responsive search ad");
  const seo = generate.result("SEO page");
  const ad = generate.result("Google responsive search ad");

  // Labelled as the local extractive model, valid against every rule, with previews.
  await expect(seo).toContainText(/local extractive model/i);
  // The privacy note says the local model wrote it and nothing left the server.
  await expect(seo.getByTestId("privacy-note")).toContainText("Written by the local extractive model");
  await expect(seo.getByTestId("privacy-note")).toContainText("Nothing was sent to an AI provider");
  await expect(seo.getByTestId("validation-summary")).toContainText(/Valid|0 errors/);
  await expect(ad.getByTestId("validation-summary")).toContainText(/Valid|0 errors/);
  await expect(seo.getByTestId("serp-preview")).toContainText("Fjell");
  await expect(ad.getByTestId("ad-preview")).toBeVisible();

  // Citations: keyboard focus on a chip shows the passage it rests on.
  const chip = ad.getByRole("group", { name: "Sources for Headline 1" }).getByRole("button").first();
  await chip.focus();
  await expect(ad.getByRole("tooltip").filter({ hasText: /\S/ }).first()).toBeVisible();

  // Regenerate one field from the sources: a different text lands in the editor, unsaved.
  const description = ad.getByLabel("Description 1", { exact: true });
  const before = await description.inputValue();
  await ad.getByRole("button", { name: "Regenerate Description 1" }).click();
  await expect(description).not.toHaveValue(before);
  await expect(ad.getByText(/Unsaved changes/)).toBeVisible();

  // Edit a headline: the count follows, saving makes version 2, then submit.
  const headline = ad.getByLabel("Headline 2", { exact: true });
  await headline.fill("Fjell Hardshell-Jacke");
  await ad.getByRole("button", { name: "Save draft" }).click();
  await expect(ad.getByText("Draft saved as version 2.")).toBeVisible();
  await ad.getByRole("button", { name: "Submit for review" }).click();
  await expect(ad.getByText("Submitted for review", { exact: true })).toBeVisible();
  await expect(headline).toHaveAttribute("readonly", "");

  // The saved version downloads as a Google Ads Editor CSV.
  const download = page.waitForEvent("download");
  await ad.getByRole("link", { name: "Google Ads Editor CSV" }).click();
  const file = await download;
  const csv = await file.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  });
  expect(csv).toContain("Headline 1");
  expect(csv).toContain("Fjell Hardshell-Jacke");
});

test("an over-long headline is flagged with its count before saving", async ({ page }) => {
  test.setTimeout(120_000);
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("marketer").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
  const generate = new GeneratePage(page);
  await generate.goto(DEMO_WORKSPACE.slug);
  await generate.waitForProduct(PRODUCT);
  await generate.brief({ product: PRODUCT, channels: ["Google responsive search ad"], language: "German" });
  await generate.waitForResult("Google responsive search ad");
  const ad = generate.result("Google responsive search ad");
  await ad.getByLabel("Headline 1", { exact: true }).fill("Wetterfeste Hardshell-Jacke für Wanderinnen");
  await expect(ad).toContainText("43/30");
  await ad.getByRole("button", { name: "Save draft" }).click();
  await expect(ad.getByTestId("validation-summary")).toContainText(/1 error/);
});
