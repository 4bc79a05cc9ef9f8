import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { withIntl } from "@/lib/testing/intl";
import type { UiLocale } from "@/lib/i18n/locales";
import { suggestBudgets } from "@/lib/kpi/dashboard/budget";
import type { AdVariant } from "@/lib/kpi/queries/ad-groups";
import type { CopilotFigures } from "@/lib/kpi/queries/copilot";
import { budgetTable } from "@/lib/kpi/tables/budget-table";
import { csvCell, csvHeader, type KpiTable } from "@/lib/kpi/tables/cells";
import { operationsTable, operationTasksTable } from "@/lib/kpi/tables/operations-tables";
import { BudgetPanel } from "./budget-panel";
import { DataTable } from "./data-table";

const figures: CopilotFigures = {
  assetsGenerated: 12, assetsApproved: 9, approvalRate: 0.75, firstReviewApprovalRate: 0.5, meanReviewRounds: 1.4, hoursToApprovalP50: 20, hoursToApprovalP90: 50,
  meanEditorChangeRatio: 0.1, generatedVersions: 14, firstPassValidity: 0.8, groundingRate: 0.9, generationCostUsd: 1.2, costPerAssetUsd: 0.1, costPerApprovedAssetUsd: 0.13,
  calls: 40, latencyP50Ms: 900, latencyP95Ms: 2_000, cacheHitRate: 0.2, fallbackRate: 0.05, failureRate: 0.01, callsCostUsd: 1.5,
};

const variant = (adGroup: string, adId: string, currency: string): AdVariant => ({
  platform: "google-ads", adGroup, adId, assetId: null, assetTitle: null,
  totals: { impressions: 1_000, clicks: 10, conversions: 1, costMinor: 1_000, revenueMinor: 0, currency },
});

function render(table: KpiTable, locale: UiLocale) {
  return renderToStaticMarkup(withIntl(<DataTable table={table} exportHref="/export" />, locale)).replace(/&quot;/g, '"');
}

describe("dashboard tables built in lib, shown in the member's language", () => {
  it("names the copilot figures, their definitions, units and the table in German, while the CSV stays English", () => {
    const table = operationsTable(figures);
    const html = render(table, "de");
    expect(html).toContain("Copilot-Kennzahlen");
    expect(html).toContain(">Kennzahl<");
    expect(html).toContain("Generierte Assets");
    expect(html).toContain("Assets, deren Briefing im Zeitraum geschrieben wurde");
    expect(html).toContain(">Stunden<");
    expect(html).not.toContain("Assets generated");
    expect(table.columns.map(csvHeader)).toEqual(["Figure", "Value", "Unit", "Definition"]);
    expect(csvCell(table.rows[0]![0]!)).toBe("Assets generated");
  });

  it("keeps today's English on an English page", () => {
    const html = render(operationsTable(figures), "en");
    expect(html).toContain("Copilot figures");
    expect(html).toContain("Assets whose brief was written in the range");
  });

  it("names known model tasks and shows unknown ones as typed", () => {
    const row = { calls: 1, latencyP50Ms: 1, latencyP95Ms: 1, cacheHitRate: 0, fallbackRate: 0, failureRate: 0, costUsd: 0 };
    const html = render(operationTasksTable([{ task: "rewrite-field", ...row }, { task: "custom-task", ...row }]), "de");
    expect(html).toContain("Feld neu generieren");
    expect(html).toContain("custom-task");
    expect(html).toContain("Modellaufrufe nach Aufgabe");
  });

  it("says in German why an ad group gets no budget suggestion", () => {
    const suggestions = suggestBudgets([variant("solo", "1", "EUR"), variant("mixed", "2", "EUR"), variant("mixed", "3", "CHF")], { metric: "ctr", seedPrefix: "s", draws: 100 });
    const table = budgetTable(suggestions, "ctr");
    const html = render(table, "de");
    expect(html).toContain("Budgetvorschlag (Thompson Sampling auf CTR)");
    expect(html).toContain("In dieser Anzeigengruppe lief nur eine Anzeige");
    expect(html).toContain("Ihre Anzeigen hatten Ausgaben in EUR, CHF");
    expect(table.rows.map((row) => csvCell(row.at(-1)!))).toContain("Only one ad ran in this ad group: there is nothing to split.");
  });
});

describe("BudgetPanel", () => {
  it("words the model's assumptions in the member's language, matching the English list the API returns", () => {
    const suggestions = suggestBudgets([variant("A", "1", "EUR"), variant("A", "2", "EUR"), variant("solo", "3", "EUR")], { metric: "ctr", seedPrefix: "s", draws: 100 });
    const panel = (locale: UiLocale) =>
      renderToStaticMarkup(withIntl(<BudgetPanel campaign="Herbst" suggestions={suggestions} metric="ctr" metricHref={{ ctr: "/c", cvr: "/v" }} exportLink={null} />, locale)).replace(/&#x27;/g, "'");
    const de = panel("de");
    expect(de).toContain("Beta-Binomial-Modell: Die CTR (Klicks von Impressionen)");
    expect(de).toContain("Monte-Carlo-Schätzung aus 100 Ziehungen");
    expect(de).toContain("In dieser Anzeigengruppe lief nur eine Anzeige");
    const en = panel("en");
    const [group] = suggestions;
    if (!group?.ok) throw new Error("expected a suggestion");
    for (const assumption of group.assumptions) expect(en).toContain(assumption);
  });
});

describe("model budget warning", () => {
  it("is worded from the budget status's key and values, with the limit as US dollars in the locale's format", async () => {
    const { budgetStatusFrom } = await import("@/lib/ai/routing/budget");
    const { createTranslator } = await import("next-intl");
    const de = (await import("@/messages/de.json")).default;
    const status = budgetStatusFrom({ month: "2026-12", spentUsd: 85, tokens: 0, costLimitUsd: 100, tokenLimit: null });
    expect(status.warning).toBe("85 % of the monthly cost budget of $100.00 is spent.");
    const t = createTranslator({ locale: "de", messages: de, namespace: "kpiTables" });
    expect(t(`budgetWarning.${status.warningMessage!.key}`, status.warningMessage!.params).replace(/\u00a0/g, " ")).toBe("85 % des monatlichen Kostenbudgets von 100,00 $ sind verbraucht.");
  });
});
