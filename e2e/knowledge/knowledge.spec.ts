import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { KnowledgePage } from "../pages/knowledge-page";
import { LoginPage } from "../pages/login-page";

test("an editor uploads a brand guide and a product feed, watches ingestion finish and finds the right passage", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("editor").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);

  const knowledge = new KnowledgePage(page);
  await knowledge.goto(DEMO_WORKSPACE.slug);
  await knowledge.uploadFiles(["brand-guide.md"], "brand_voice");

  await knowledge.importFeed("products.csv");
  await expect(knowledge.feedErrors()).toContainText("Line 4");
  await knowledge.confirmFeedImport(2);

  await knowledge.waitUntilReady("brand-guide");
  await knowledge.waitUntilReady("Fjell Shell Jacket");
  await knowledge.waitUntilReady("Sarek Trekking Boot");
  await expect(knowledge.sourceRow("Kiruna Merino Gloves")).toHaveCount(0);

  await knowledge.search("How long is every jacket field-tested?");
  const first = knowledge.results().first();
  await expect(first.getByTestId("result-source")).toHaveText("brand-guide");
  await expect(first).toContainText("500 hours");
  await expect(first).toContainText("Promise");

  await knowledge.search("lightweight waterproof shell jacket");
  await expect(knowledge.results().first().getByTestId("result-source")).toHaveText("Fjell Shell Jacket");
});

test("a manager can search but not add content", async ({ page }) => {
  // Runs after the editor's upload above (one worker, file order), so there is content to find.
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("manager").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
  const knowledge = new KnowledgePage(page);
  await knowledge.goto(DEMO_WORKSPACE.slug);
  await expect(page.getByRole("region", { name: "Upload files" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: /product feed/ })).toHaveCount(0);
  await expect(page.getByText("Editors and admins add and update content.")).toBeVisible();
  await knowledge.search("What words does the brand avoid?");
  await expect(knowledge.results().first()).toContainText("bargain");
});
