import type { AdVariant } from "@/lib/kpi/queries/ad-groups";
import type { ProportionMetric } from "@/lib/kpi/stats/metric-uplift";
import { thompsonAllocation, type ThompsonAllocation } from "@/lib/kpi/stats/thompson";
import type { UiText } from "@/lib/kpi/tables/cells";

export interface VariantSuggestion {
  variant: AdVariant;
  /** Share of the ad group's spend in the range. */
  currentShare: number | null;
  /** Thompson share: the posterior probability that this variant is best. */
  suggestedShare: number;
  suggestedMinor: number;
}

export type AdGroupSuggestion =
  | { platform: string; adGroup: string; ok: true; currency: string; budgetMinor: number; allocation: ThompsonAllocation; variants: VariantSuggestion[]; assumptions: string[] }
  /** `reason`: English (CSV export); `reasonUi`: the same for the page in the member's language. */
  | { platform: string; adGroup: string; ok: false; reason: string; reasonUi: UiText; variants: AdVariant[] };

const DRAWS = 10_000;

/**
 * One suggestion per ad group: next period's budget split across its variants by Thompson
 * sampling on CTR or CVR. The total is this period's spend on the ad group (the model decides
 * the split, not the size of the budget). Ad groups that cannot be split say why instead.
 */
export function suggestBudgets(variants: readonly AdVariant[], options: { metric: ProportionMetric; seedPrefix: string; draws?: number }): AdGroupSuggestion[] {
  const groups = new Map<string, AdVariant[]>();
  for (const variant of variants) {
    const key = `${variant.platform}\u0000${variant.adGroup}`;
    groups.set(key, [...(groups.get(key) ?? []), variant]);
  }
  const suggestions: AdGroupSuggestion[] = [];
  for (const members of groups.values()) {
    const { platform, adGroup } = members[0]!;
    const currencies = [...new Set(members.map((m) => m.totals.currency))];
    if (new Set(members.map((m) => m.adId)).size < 2) {
      suggestions.push({ platform, adGroup, ok: false, reason: "Only one ad ran in this ad group: there is nothing to split.", reasonUi: { key: "kpiTables.noSuggestion.oneAd" }, variants: members });
      continue;
    }
    if (currencies.length > 1) {
      suggestions.push({ platform, adGroup, ok: false, reason: `Its ads spent in ${currencies.join(" and ")}; a budget cannot be split across currencies.`, reasonUi: { key: "kpiTables.noSuggestion.currencies", params: { currencies: currencies.join(", ") } }, variants: members });
      continue;
    }
    const currency = currencies[0]!;
    const budgetMinor = members.reduce((sum, m) => sum + m.totals.costMinor, 0);
    let allocation: ThompsonAllocation;
    try {
      allocation = thompsonAllocation({
        arms: members.map((m) => ({ id: m.adId, impressions: m.totals.impressions, clicks: m.totals.clicks, conversions: m.totals.conversions })),
        metric: options.metric,
        seed: `${options.seedPrefix}|${platform}|${adGroup}|${options.metric}`,
        draws: options.draws ?? DRAWS,
      });
    } catch (error) {
      // More conversions than clicks (several purchases per click): CVR is not a proportion there.
      suggestions.push({ platform, adGroup, ok: false, reason: error instanceof RangeError ? `${error.message}. Try the CTR model.` : "The model could not be fitted.",
        reasonUi: { key: error instanceof RangeError ? "kpiTables.noSuggestion.notFittedTryCtr" : "kpiTables.noSuggestion.notFitted" },
        variants: members });
      continue;
    }
    const shareById = new Map(allocation.arms.map((arm) => [arm.id, arm.share]));
    suggestions.push({
      platform,
      adGroup,
      ok: true,
      currency,
      budgetMinor,
      allocation,
      variants: members.map((variant) => {
        const suggestedShare = shareById.get(variant.adId) ?? 0;
        return {
          variant,
          currentShare: budgetMinor > 0 ? variant.totals.costMinor / budgetMinor : null,
          suggestedShare,
          suggestedMinor: Math.round(budgetMinor * suggestedShare),
        };
      }),
      assumptions: [
        `Next period's budget for the ad group equals its spend in this range; only the split is suggested.`,
        ...allocation.assumptions,
      ],
    });
  }
  return suggestions;
}
