import { expect, test, type Download } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { GeneratePage } from "../pages/generate-page";
import { LoginPage } from "../pages/login-page";

const PRODUCT = "Fjell Hardshell-Jacke Damen";

async function textOf(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

test("a marketer generates an e-mail, sees the inbox line, and downloads its HTML and text parts with the tracked link and the unsubscribe tag", async ({ page }) => {
  test.setTimeout(180_000);
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("marketer").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);

  const generate = new GeneratePage(page);
  await generate.goto(DEMO_WORKSPACE.slug);
  await generate.waitForProduct(PRODUCT);
  await generate.brief({ product: PRODUCT, channels: ["E-mail"], language: "German" });
  await generate.waitForResult("E-mail");
  const mail = generate.result("E-mail");

  await expect(mail.getByTestId("validation-summary")).toContainText(/Valid|0 errors/);
  const subject = await mail.getByLabel("Subject", { exact: true }).inputValue();
  // The inbox line: the brand (the workspace's name) as sender, then the subject.
  await expect(mail.getByTestId("inbox-line")).toContainText(DEMO_WORKSPACE.name);
  await expect(mail.getByTestId("inbox-line")).toContainText(subject.slice(0, 20));
  await expect(mail.getByLabel("Footer", { exact: true })).toHaveValue(/\{\{unsubscribe_url\}\}/);
  await expect(mail.getByTestId("tracking-url")).toContainText("utm_medium=email");

  const html = page.waitForEvent("download");
  await mail.getByRole("link", { name: "E-mail HTML" }).click();
  const htmlText = await textOf(await html);
  expect(htmlText).toContain("utm_source=newsletter&amp;utm_medium=email");
  expect(htmlText).toContain('href="{{unsubscribe_url}}"');

  const text = page.waitForEvent("download");
  await mail.getByRole("link", { name: "E-mail plain text" }).click();
  const plain = await textOf(await text);
  expect(plain).toContain("utm_source=newsletter&utm_medium=email");
  expect(plain).toContain("{{unsubscribe_url}}");
});
