import type { AdGroupSuggestion } from "@/lib/kpi/dashboard/budget";
import { adPlatformLabel } from "@/lib/kpi/dashboard/labels";
import { money, num, percent, text, uiText, type KpiTable } from "./cells";

/** Every ad of the campaign with its current and suggested share of its ad group's budget. */
export function budgetTable(suggestions: readonly AdGroupSuggestion[], metric: "ctr" | "cvr"): KpiTable {
  return {
    id: "budget",
    title: `Budget suggestion (Thompson sampling on ${metric.toUpperCase()})`,
    titleUi: { key: "kpiTables.titles.budget", params: { metric: metric.toUpperCase() } },
    columns: [
      { key: "kpiTables.columns.channel", label: "Channel" },
      { key: "kpiTables.columns.adGroup", label: "Ad group" },
      { key: "kpiTables.columns.adId", label: "Ad id" },
      { key: "kpiTables.columns.asset", label: "Asset" },
      { key: "kpiTables.columns.currency", label: "Currency" },
      { key: "kpiTables.columns.impressions", label: "Impressions", numeric: true },
      { key: "kpiTables.columns.clicks", label: "Clicks", numeric: true },
      { key: "kpiTables.columns.conversions", label: "Conversions", numeric: true },
      { key: "kpiTables.columns.cost", label: "Cost", unit: "row currency", numeric: true },
      { key: "kpiTables.columns.posteriorMeanRate", label: "Posterior mean rate", unit: "%", numeric: true },
      { key: "kpiTables.columns.shareOfSpendNow", label: "Share of spend now", unit: "%", numeric: true },
      { key: "kpiTables.columns.suggestedShare", label: "Suggested share", unit: "%", numeric: true },
      { key: "kpiTables.columns.suggestedBudget", label: "Suggested budget", unit: "row currency", numeric: true },
      { key: "kpiTables.columns.note", label: "Note" },
    ],
    rows: suggestions.flatMap((group) => {
      if (!group.ok) {
        return group.variants.map((v) => [
          text(adPlatformLabel(group.platform)), text(group.adGroup), text(v.adId), text(v.assetTitle ?? ""), text(v.totals.currency),
          num(v.totals.impressions, 0), num(v.totals.clicks, 0), num(v.totals.conversions, 2), money(v.totals.costMinor, v.totals.currency),
          percent(null), percent(null), percent(null), money(null, v.totals.currency), uiText(group.reason, group.reasonUi),
        ]);
      }
      const posterior = new Map(group.allocation.arms.map((arm) => [arm.id, arm.posteriorMean]));
      return group.variants.map((s) => [
        text(adPlatformLabel(group.platform)), text(group.adGroup), text(s.variant.adId), text(s.variant.assetTitle ?? ""), text(group.currency),
        num(s.variant.totals.impressions, 0), num(s.variant.totals.clicks, 0), num(s.variant.totals.conversions, 2), money(s.variant.totals.costMinor, group.currency),
        percent(posterior.get(s.variant.adId) ?? null), percent(s.currentShare), percent(s.suggestedShare), money(s.suggestedMinor, group.currency), text(""),
      ]);
    }),
  };
}
