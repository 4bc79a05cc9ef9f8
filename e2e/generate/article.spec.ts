import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { GeneratePage } from "../pages/generate-page";
import { LoginPage } from "../pages/login-page";

const PRODUCT = "Fjell Hardshell-Jacke Damen";

test("a marketer generates a blog article: reading view with footnotes, no errors, HTML export", async ({ page }) => {
  test.setTimeout(180_000);
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("marketer").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);

  const generate = new GeneratePage(page);
  await generate.goto(DEMO_WORKSPACE.slug);
  await generate.waitForProduct(PRODUCT);
  await generate.brief({ product: PRODUCT, channels: ["Blog article"], language: "German" });
  await generate.waitForResult("Blog article");
  const article = generate.result("Blog article");

  // No errors; the demo content holds fewer than 800 words on the product, which is a warning that says so.
  await expect(article.getByTestId("validation-summary")).toContainText("0 errors");
  await expect(article.getByTestId("validation-summary")).toContainText(/The sources hold \d+ words on this topic/);

  const preview = article.getByTestId("article-preview");
  await expect(preview).toContainText("Fjell");
  await expect(preview.getByTestId("reading-time")).toHaveText(/^\d+ min read$/);
  await expect(preview.locator("sup").first()).toHaveText(/^(\[\d+\])+$/);
  await expect(preview.getByRole("list", { name: "Footnotes" })).toBeVisible();
  await expect(article.getByLabel("Section 1 heading", { exact: true })).not.toHaveValue("");

  // The generated draft is saved as version 1, which the export links download.
  const download = page.waitForEvent("download");
  await article.getByRole("link", { name: "Article HTML" }).click();
  const file = await download;
  const html = await file.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  });
  expect(html).toContain("<article>");
  expect(html).toContain('<script type="application/ld+json">');
  expect(html).toMatch(/<link rel="canonical" href="https:\/\/nordlicht\.example\/blog\/[a-z0-9-]+">/);
});
