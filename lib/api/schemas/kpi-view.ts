import "server-only";
import { z } from "zod";
import { dashboardFiltersSchema } from "@/lib/kpi/dashboard/filters";
import { resolveView } from "@/lib/kpi/dashboard/resolve-view";
import type { Database } from "@/lib/db/types";

/** The dashboard's view filters (dates, ad platform as `channel`, campaign, origin), as KPI routes take them. */
export const kpiViewQuerySchema = dashboardFiltersSchema.pick({ from: true, to: true, channel: true, campaign: true, origin: true });

export const kpiRangeSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
});

export const kpiViewMetaSchema = z.object({
  range: kpiRangeSchema.describe("The range answered: as asked, or the 28 days up to the newest imported day."),
  latestDataDate: z.iso.date().nullable().describe("Newest day with imported data; null before the first import."),
  adjusted: z.string().nullable().describe("Why the range differs from the one asked for (swapped, clamped), if it does."),
});

/** The range and row scope exactly as the dashboard resolves them for the same filters (resolveView). */
export function resolveKpiView(db: Database, options: { workspaceId: string; query: z.output<typeof kpiViewQuerySchema> }) {
  return resolveView(db, { workspaceId: options.workspaceId, filters: dashboardFiltersSchema.parse({ ...options.query, tab: "performance" }) });
}
