import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { GeneratePage } from "../pages/generate-page";
import { KnowledgePage } from "../pages/knowledge-page";
import { LoginPage } from "../pages/login-page";

const PRODUCT = "Fjell Hardshell-Jacke Damen";

/**
 * Issue 15's path as a customer walks it: an admin uploads a brand guide, reviews the rules the app
 * proposes from it and accepts them; a marketer then asks for a claim the guide bans and sees the
 * copy's compliance score and a note saying what was left out and why.
 */
test("upload a guide → review proposed rules → accept → generate → compliance score and omission note", async ({ page }) => {
  test.setTimeout(240_000);
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("admin").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);

  const knowledge = new KnowledgePage(page);
  await knowledge.goto(DEMO_WORKSPACE.slug);
  await knowledge.uploadFiles(["voice-guide.md"], "brand_voice");
  await knowledge.waitUntilReady("voice-guide");

  // Ingestion of a guide proposes its rules; the button proposes them again on demand.
  await page.goto(`/${DEMO_WORKSPACE.slug}/admin/brand`);
  const proposals = page.locator("section[aria-labelledby='proposals-title']");
  await proposals.getByLabel("Guide").selectOption({ label: "voice-guide" });
  await proposals.getByRole("button", { name: "Propose rules from this guide" }).click();
  const proposed = proposals.getByTestId("rule-proposal");
  await expect(proposed.filter({ hasText: "weltbeste Jacke" })).toHaveCount(1);
  await expect(proposed.filter({ hasText: "Regenschutz" })).toHaveCount(1);
  await expect(proposed.filter({ hasText: "Wassersäule gemessen nach EN 343" })).toHaveCount(1);
  await proposals.getByRole("button", { name: /Accept all/ }).click();
  await expect(proposals.getByText("No proposals waiting for review.")).toBeVisible();
  // The accepted rules are now the brand's rules.
  await expect(page.locator("textarea").filter({ hasText: "weltbeste Jacke" })).toHaveCount(1);

  await page.context().clearCookies();
  await login.goto();
  await login.signIn(demoAccount("marketer").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);

  const generate = new GeneratePage(page);
  await generate.goto(DEMO_WORKSPACE.slug);
  await generate.waitForProduct(PRODUCT);
  await page.getByLabel("Goal", { exact: true }).fill("Call it the weltbeste Jacke for autumn commutes");
  await generate.brief({ product: PRODUCT, channels: ["Meta ad"], language: "German" });
  await generate.waitForResult("Meta ad");
  const ad = generate.result("Meta ad");

  await expect(ad.getByTestId("compliance-summary")).toContainText(/\d+\s*%|\d+\s*\/\s*100|score/i);
  const omitted = ad.getByTestId("omission-notes");
  await expect(omitted).toContainText("weltbeste Jacke");
  await expect(omitted).toContainText(/brand rules ban/i);
  // The banned claim is not in the copy.
  const copy = await ad.locator("textarea, input[type='text'], input:not([type])").evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
  expect(copy.join("\n")).not.toMatch(/weltbeste/i);
});
