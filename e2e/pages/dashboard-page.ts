import fs from "node:fs";
import { expect, type Page } from "@playwright/test";

export class DashboardPage {
  constructor(private readonly page: Page) {}

  async goto(workspaceSlug: string, search = "") {
    await this.page.goto(`/${workspaceSlug}/dashboard${search}`);
    await expect(this.page.getByRole("heading", { name: "Dashboard", exact: true })).toBeVisible();
  }

  tile(metricId: string) {
    return this.page.getByTestId(`tile-${metricId}`);
  }

  totalsHeading() {
    return this.page.getByRole("heading", { name: /^Totals, / });
  }

  /** Sets the date range in the filter form and applies it (a GET form: the URL changes). */
  async setDateRange(from: string, to: string) {
    const filters = this.page.getByRole("region", { name: "Date range and filters" });
    await filters.getByLabel("From").fill(from);
    await filters.getByLabel("To").fill(to);
    await filters.getByRole("button", { name: "Apply" }).click();
    await this.page.waitForURL((url) => url.searchParams.get("from") === from && url.searchParams.get("to") === to);
  }

  /** Clicks a table's "Export CSV" link and returns the downloaded file's name and text. */
  async exportCsv(tableId: string): Promise<{ fileName: string; text: string }> {
    const downloadPromise = this.page.waitForEvent("download");
    await this.page.getByTestId(`export-${tableId}`).first().click();
    const download = await downloadPromise;
    const file = await download.path();
    return { fileName: download.suggestedFilename(), text: fs.readFileSync(file, "utf8") };
  }

  async openTab(name: "Campaign performance" | "Budget suggestion" | "Copilot operations" | "Imports") {
    await this.page.getByRole("navigation", { name: "Dashboard sections" }).getByRole("link", { name }).click();
    await expect(this.page.getByRole("navigation", { name: "Dashboard sections" }).getByRole("link", { name })).toHaveAttribute("aria-current", "page");
  }

  /** Imports a report through the Imports tab, as an admin does. */
  async importReport(fileName: string, content: string) {
    await this.openTab("Imports");
    await this.page.locator("#kpi-import-file").setInputFiles({ name: fileName, mimeType: "text/csv", buffer: Buffer.from(content) });
    await expect(this.page.getByTestId("import-detected")).toContainText("Recognised: Google Ads (English)");
    await this.page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(this.page.getByText("Uploaded. The import runs in the background")).toBeVisible();
  }

  importItem(fileName: string) {
    return this.page.getByTestId("import-item").filter({ hasText: fileName });
  }
}
