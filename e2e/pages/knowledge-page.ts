import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

export class KnowledgePage {
  constructor(private readonly page: Page) {}

  async goto(workspaceSlug: string) {
    await this.page.goto(`/${workspaceSlug}/knowledge`);
    await expect(this.page.getByRole("heading", { name: "Knowledge", exact: true })).toBeVisible();
  }

  /**
   * Uploads fixture files. A run-specific last line makes each upload new content, so a retried
   * test is not refused as "already in the knowledge base".
   */
  async uploadFiles(fixtureNames: string[], kind: string) {
    const upload = this.page.getByRole("region", { name: "Upload files" });
    await upload.getByLabel("Role").selectOption(kind);
    const runMarker = `\n\nUpload run ${Date.now()}.\n`;
    await this.page.locator("#upload-files").setInputFiles(
      fixtureNames.map((name) => ({
        name,
        mimeType: "text/markdown",
        buffer: Buffer.concat([fs.readFileSync(path.join(__dirname, "..", "fixtures", name)), Buffer.from(runMarker)]),
      })),
    );
    for (const name of fixtureNames) {
      await expect(this.page.getByTestId("upload-statuses")).toContainText(`${name}: Queued for ingestion`);
    }
  }

  async importFeed(fixtureName: string) {
    await this.page.getByLabel("Feed file").setInputFiles(path.join(__dirname, "..", "fixtures", fixtureName));
    await expect(this.page.getByTestId("feed-preview")).toBeVisible();
  }

  feedErrors() {
    return this.page.getByTestId("feed-errors");
  }

  async confirmFeedImport(count: number) {
    await this.page.getByRole("button", { name: `Import ${count} products` }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "Imported:" })).toBeVisible();
  }

  sourceRow(title: string) {
    return this.page.getByTestId(`source-${title}`);
  }

  async waitUntilReady(title: string) {
    await expect(this.sourceRow(title).getByTestId("source-status")).toHaveText(/Ready/, { timeout: 30_000 });
  }

  async search(query: string) {
    await this.page.getByLabel("Query").fill(query);
    await this.page.getByRole("button", { name: "Search" }).click();
    await expect(this.page.getByTestId("playground-results")).toBeVisible();
  }

  results() {
    return this.page.getByTestId("playground-result");
  }

  /** The "Ask the knowledge base" panel (components/knowledge/ask-panel.tsx). */
  askPanel() {
    return this.page.getByRole("region", { name: "Ask the knowledge base" });
  }

  async ask(question: string) {
    const panel = this.askPanel();
    await panel.getByLabel("Question").fill(question);
    await panel.getByRole("button", { name: "Ask", exact: true }).click();
    await expect(panel.getByTestId("answer")).toBeVisible({ timeout: 30_000 });
  }

  answerText() {
    return this.askPanel().getByTestId("answer-text");
  }

  answerCitations() {
    return this.askPanel().getByTestId("answer-citation");
  }

  notGroundedBadge() {
    return this.askPanel().getByTestId("not-grounded-badge");
  }

  answerPrivacyNote() {
    return this.askPanel().getByTestId("privacy-note");
  }
}
