import { expect, type Locator, type Page } from "@playwright/test";

export class ReviewPage {
  constructor(private readonly page: Page) {}

  async goto(workspaceSlug: string) {
    await this.page.goto(`/${workspaceSlug}/review`);
    await expect(this.page.getByRole("heading", { name: "Review", exact: true })).toBeVisible();
    // The shortcuts are attached once the page is interactive.
    await this.page.waitForLoadState("networkidle");
  }

  stateCount(state: string): Locator {
    return this.page.getByTestId(`state-count-${state}`);
  }

  shortcutHints(): Locator {
    return this.page.getByTestId("shortcut-hints");
  }

  row(assetId: string): Locator {
    return this.page.getByTestId(`queue-row-${assetId}`);
  }

  /** Moves the selection with the keyboard ("j"), as a reviewer would, until the asset's row is selected. */
  async selectWithKeyboard(assetId: string) {
    await expect(this.row(assetId)).toBeVisible();
    // Start from the page itself, not from a focused field where shortcuts are paused.
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const rows = await this.page.locator('[data-testid^="queue-row-"]').count();
    await this.page.keyboard.press("k"); // from the top: the first row
    for (let i = 0; i <= rows; i++) {
      if ((await this.row(assetId).getAttribute("data-selected")) === "true") return;
      await this.page.keyboard.press("j");
    }
    await expect(this.row(assetId)).toHaveAttribute("data-selected", "true");
  }

  requestChangesDialog(): Locator {
    return this.page.getByRole("dialog", { name: "Request changes" });
  }

  /** "r" opens the comment box; typing letters there must not trigger shortcuts. */
  async requestChangesWithKeyboard(comment: string) {
    await this.page.keyboard.press("r");
    const dialog = this.requestChangesDialog();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel(/What should change/)).toBeFocused();
    await this.page.keyboard.type(comment);
    await dialog.getByRole("button", { name: "Send back for changes" }).click();
    await expect(dialog).toBeHidden();
  }

  feedback(): Locator {
    return this.page.getByTestId("queue-feedback");
  }
}
