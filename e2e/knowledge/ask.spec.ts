import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { KnowledgePage } from "../pages/knowledge-page";
import { LoginPage } from "../pages/login-page";

// With no provider keys the local extractive model answers: it quotes the best-matching source
// sentences with their chunk ids, or says the sources do not contain an answer (no citations).

test.beforeEach(async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("marketer").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
});

test("a marketer asks about the demo brand and gets a cited answer, with what was sent to whom", async ({ page }) => {
  const knowledge = new KnowledgePage(page);
  await knowledge.goto(DEMO_WORKSPACE.slug);
  await knowledge.ask("What share of all materials is recycled?");

  await expect(knowledge.answerText()).toContainText("recycled");
  await expect(knowledge.notGroundedBadge()).toHaveCount(0);
  await expect(knowledge.answerCitations().first()).toBeVisible();
  const source = knowledge.answerCitations().first().getByRole("link");
  await expect(source).toHaveAttribute("href", new RegExp(`^/${DEMO_WORKSPACE.slug}/knowledge/.+`));
  // A fresh answer says "Written by the local extractive model"; a cached one "first written by".
  await expect(knowledge.answerPrivacyNote()).toContainText("local extractive model");
  await expect(knowledge.answerPrivacyNote()).toContainText("Nothing was sent to an AI provider");

  await source.click();
  await expect(page).toHaveURL(new RegExp(`/${DEMO_WORKSPACE.slug}/knowledge/[^/]+$`));
});

test("a question no source supports is marked not grounded", async ({ page }) => {
  const knowledge = new KnowledgePage(page);
  await knowledge.goto(DEMO_WORKSPACE.slug);
  await knowledge.ask("Do quokkas juggle xylophones?");

  await expect(knowledge.notGroundedBadge()).toHaveText(/Not grounded — no source supports this answer/);
  await expect(knowledge.answerText()).toHaveText(/do not contain an answer|enthalten keine Antwort/);
  await expect(knowledge.answerCitations()).toHaveCount(0);
  await expect(knowledge.answerPrivacyNote()).toContainText("Nothing was sent to an AI provider");
});
