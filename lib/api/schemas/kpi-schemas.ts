import { z } from "zod";
import { deriveMetrics } from "@/lib/kpi/metrics/derived";
import type { SummedTotals } from "@/lib/kpi/metrics/sum-totals";
import type { Totals } from "@/lib/kpi/metrics/totals";

/**
 * KPI figures as the API answers them. Money stays in integer minor units per currency and is
 * never added across currencies (lib/kpi/metrics/sum-totals.ts); each currency's row carries its
 * derived rates (lib/kpi/metrics/derived.ts), computed as the dashboard computes them.
 */
export const totalsSchema = z.object({
  currency: z.string().describe("ISO 4217; every money field of this row is in it."),
  impressions: z.number(),
  clicks: z.number(),
  conversions: z.number().describe("May be fractional (attributed conversions)."),
  costMinor: z.number().describe("Cost in minor units (cents)."),
  revenueMinor: z.number().describe("Conversion value in minor units."),
  ctr: z.number().nullable(),
  cvr: z.number().nullable(),
  cpcMinor: z.number().nullable(),
  cpaMinor: z.number().nullable(),
  roas: z.number().nullable(),
});

export const summedTotalsSchema = z.object({
  counts: z.object({ impressions: z.number(), clicks: z.number(), conversions: z.number() }).describe("Over every currency: CTR and CVR stay comparable."),
  byCurrency: z.array(totalsSchema),
  mixedCurrency: z.boolean().describe("More than one currency: read money per currency, there is no single total."),
});

export function toTotals(totals: Totals): z.input<typeof totalsSchema> {
  return { ...totals, ...deriveMetrics(totals) };
}

export function toSummedTotals(summed: SummedTotals): z.input<typeof summedTotalsSchema> {
  return { counts: summed.counts, byCurrency: summed.byCurrency.map(toTotals), mixedCurrency: summed.mixedCurrency };
}
