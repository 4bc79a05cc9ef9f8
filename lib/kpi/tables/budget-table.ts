import type { AdGroupSuggestion } from "@/lib/kpi/dashboard/budget";
import { adPlatformLabel } from "@/lib/kpi/dashboard/labels";
import { money, num, percent, text, type KpiTable } from "./cells";

/** Every ad of the campaign with its current and suggested share of its ad group's budget. */
export function budgetTable(suggestions: readonly AdGroupSuggestion[], metric: "ctr" | "cvr"): KpiTable {
  return {
    id: "budget",
    title: `Budget suggestion (Thompson sampling on ${metric.toUpperCase()})`,
    columns: [
      { label: "Channel" },
      { label: "Ad group" },
      { label: "Ad id" },
      { label: "Asset" },
      { label: "Currency" },
      { label: "Impressions", numeric: true },
      { label: "Clicks", numeric: true },
      { label: "Conversions", numeric: true },
      { label: "Cost", unit: "row currency", numeric: true },
      { label: "Posterior mean rate", unit: "%", numeric: true },
      { label: "Share of spend now", unit: "%", numeric: true },
      { label: "Suggested share", unit: "%", numeric: true },
      { label: "Suggested budget", unit: "row currency", numeric: true },
      { label: "Note" },
    ],
    rows: suggestions.flatMap((group) => {
      if (!group.ok) {
        return group.variants.map((v) => [
          text(adPlatformLabel(group.platform)), text(group.adGroup), text(v.adId), text(v.assetTitle ?? ""), text(v.totals.currency),
          num(v.totals.impressions, 0), num(v.totals.clicks, 0), num(v.totals.conversions, 2), money(v.totals.costMinor, v.totals.currency),
          percent(null), percent(null), percent(null), money(null, v.totals.currency), text(group.reason),
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
