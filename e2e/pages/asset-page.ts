import { expect, type Locator, type Page } from "@playwright/test";

export class AssetPage {
  constructor(private readonly page: Page) {}

  async goto(workspaceSlug: string, assetId: string, options: { edit?: boolean } = {}) {
    await this.page.goto(`/${workspaceSlug}/assets/${assetId}${options.edit ? "?edit=1" : ""}`);
    await this.expectLoaded();
  }

  async expectLoaded() {
    await expect(this.page.getByTestId("asset-facts")).toBeVisible();
    await this.page.waitForLoadState("networkidle");
  }

  stateBadge(): Locator {
    return this.page.locator("header").getByTestId("state-badge");
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** The comments shown under one field (`headlines[1].text`). */
  fieldComments(path: string): Locator {
    return this.page.getByTestId(`field-comments-${path}`);
  }

  async commentOnField(label: string, path: string, text: string) {
    const comments = this.fieldComments(path);
    await comments.getByRole("button", { name: `Comment on ${label}` }).click();
    await comments.getByLabel(`Comment on ${label}`).fill(text);
    await comments.getByRole("button", { name: "Post comment" }).click();
    await expect(comments.getByTestId("comment").filter({ hasText: text })).toBeVisible();
  }

  changeRequest(): Locator {
    return this.page.getByTestId("change-request");
  }

  async startEditing() {
    await this.page.getByRole("button", { name: "Edit", exact: true }).click();
  }

  async saveAsNewVersion(expectedVersion: number) {
    await this.page.getByRole("button", { name: "Save as new version" }).click();
    await expect(this.page.getByText(`Saved as version ${expectedVersion}.`)).toBeVisible();
  }

  workflow(): Locator {
    return this.page.getByRole("region", { name: "Workflow" });
  }

  workflowButton(name: string): Locator {
    return this.workflow().getByRole("button", { name, exact: true });
  }

  /** Why disabled workflow buttons are disabled (four eyes, state, role), one sentence per button. */
  unavailableReasons(): Locator {
    return this.workflow().getByTestId("unavailable-reasons");
  }

  workflowFeedback(): Locator {
    return this.page.getByTestId("workflow-feedback");
  }

  history(): Locator {
    return this.page.getByTestId("history");
  }

  /** Clicks an export link and returns the downloaded file's text. */
  async downloadExport(linkName: string): Promise<string> {
    const download = this.page.waitForEvent("download");
    await this.page.getByRole("region", { name: "Exports" }).getByRole("link", { name: linkName }).click();
    const stream = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }
}
