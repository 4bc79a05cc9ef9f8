import { expect, type Locator, type Page } from "@playwright/test";

export class MyWorkPage {
  constructor(private readonly page: Page) {}

  async goto(workspaceSlug: string) {
    await this.page.goto(`/${workspaceSlug}/my-work`);
    await expect(this.page.getByRole("heading", { name: "My work", exact: true })).toBeVisible();
  }

  /** A My work section by its heading ("Waiting for my review", "Sent back to me", "My drafts", "Recently published"). */
  section(title: string): Locator {
    return this.page.getByRole("region", { name: new RegExp(`^${title}`) });
  }

  notifications(): Locator {
    return this.page.getByTestId("notification-list");
  }

  notification(text: string | RegExp): Locator {
    return this.notifications().getByRole("listitem").filter({ hasText: text });
  }

  async markRead(notification: Locator) {
    await notification.getByRole("button", { name: /^Mark read/ }).click();
    await expect(notification).toHaveAttribute("data-read", "true");
  }
}
