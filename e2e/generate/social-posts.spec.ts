import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { GeneratePage } from "../pages/generate-page";
import { LoginPage } from "../pages/login-page";

const PRODUCT = "Fjell Hardshell-Jacke Damen";

test("a marketer generates a LinkedIn post and an X post with the brand's hashtags, and an unlisted hashtag is refused", async ({ page }) => {
  test.setTimeout(180_000);
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("marketer").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);

  const generate = new GeneratePage(page);
  await generate.goto(DEMO_WORKSPACE.slug);
  await generate.waitForProduct(PRODUCT);
  await generate.brief({ product: PRODUCT, channels: ["LinkedIn post", "X post"], language: "German" });
  await generate.waitForResult("LinkedIn post");
  await generate.waitForResult("X post");
  const linkedIn = generate.result("LinkedIn post");
  const x = generate.result("X post");

  // A post card per network: the workspace as author, the Nordlicht hashtag, a link card with the tracked link below.
  await expect(linkedIn.getByTestId("validation-summary")).toContainText(/Valid|0 errors/);
  await expect(x.getByTestId("validation-summary")).toContainText(/Valid|0 errors/);
  const card = linkedIn.getByTestId("post-preview");
  await expect(card).toContainText(DEMO_WORKSPACE.name);
  // The feed cuts the post before its hashtags, as LinkedIn does; "see more" opens the rest.
  await card.getByRole("button", { name: "…see more" }).click();
  await expect(card.getByRole("button", { name: "show less" })).toHaveAttribute("aria-expanded", "true");
  await expect(card).toContainText("#Nordlicht");
  await expect(card.getByTestId("post-link-card")).toBeVisible();
  await expect(linkedIn.getByTestId("tracking-url")).toContainText("utm_source=linkedin");
  await expect(linkedIn.getByTestId("tracking-url")).toContainText("utm_medium=social");
  await expect(x).toContainText(/\/280 characters/);

  // The saved post downloads as the text that gets posted.
  const download = page.waitForEvent("download");
  await linkedIn.getByRole("link", { name: "Post text (TXT)" }).click();
  const file = await download;
  const text = await file.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  });
  expect(text).toContain("Fjell");
  expect(text).toContain("utm_source=linkedin");
  expect(text).toMatch(/#Nordlicht/);

  // A hashtag the brand has not listed is an error once saved.
  await x.getByLabel("Hashtags", { exact: true }).fill("#Nordlicht #Sale");
  await x.getByRole("button", { name: "Save draft" }).click();
  // Said in the validation summary and at the field itself (the compliance score lists it too).
  await expect(x.getByTestId("validation-summary")).toContainText("#Sale is not one of the brand's hashtags");
  await expect(x.getByLabel("Hashtags", { exact: true })).toHaveAttribute("aria-invalid", "true");
});
