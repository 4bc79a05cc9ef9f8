import { z } from "zod";
import { addDays, isIsoDate, rangeLength, type DateRange, type Granularity } from "@/lib/kpi/metrics/period";

export const DASHBOARD_TABS = ["performance", "budget", "operations", "imports"] as const;
export type DashboardTab = (typeof DASHBOARD_TABS)[number];

/** "ai": rows linked to a Brandpilot asset (AI-generated); "other": every other ad. */
export const ORIGINS = ["all", "ai", "other"] as const;
export type Origin = (typeof ORIGINS)[number];

/** Longest range a view may ask for: three years of days keeps every query bounded. */
export const MAX_RANGE_DAYS = 1_096;
export const DEFAULT_RANGE_DAYS = 28;

const isoDate = z.string().refine(isIsoDate, { message: "Use a date like 2026-11-30" });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || undefined);

/**
 * The dashboard's view, read from the URL so a view can be shared and bookmarked. Every field is
 * optional: the page fills in defaults (the last 28 days of data, all ad platforms). The same schema
 * validates the CSV export's query string, so an export is exactly the view on screen.
 */
export const dashboardFiltersSchema = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  granularity: z.enum(["day", "week", "month"]).default("day"),
  /** The ad platform; the URL parameter keeps its bookmarked name `channel`. */
  channel: optionalText(64),
  campaign: optionalText(300),
  origin: z.enum(ORIGINS).default("all"),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "Use an ISO currency code like EUR")
    .optional(),
  /** Budget tab: the rate the allocation optimises. */
  metric: z.enum(["ctr", "cvr"]).default("cvr"),
  tab: z.enum(DASHBOARD_TABS).default("performance"),
});

export type DashboardFilters = z.output<typeof dashboardFiltersSchema>;

/** Parses a page's search params; anything invalid falls back to the default and is named in `problems`. */
export function parseDashboardFilters(params: Record<string, string | string[] | undefined>): { filters: DashboardFilters; problems: string[] } {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "") flat[key] = first;
  }
  const parsed = dashboardFiltersSchema.safeParse(flat);
  if (parsed.success) return { filters: parsed.data, problems: [] };
  const problems: string[] = [];
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0]);
    problems.push(`${key}: ${issue.message}`);
    delete flat[key];
  }
  return { filters: dashboardFiltersSchema.parse(flat), problems };
}

/**
 * The date range a view shows: as given, or the 28 days up to the newest data (not up to today:
 * imported reports lag, and an empty last week would read as a collapse). Clamped to
 * MAX_RANGE_DAYS; a reversed range is swapped rather than refused.
 */
export function resolveRange(filters: Pick<DashboardFilters, "from" | "to">, latestDataDate: string | null, today: string): { range: DateRange; adjusted: string | null } {
  let to = filters.to ?? latestDataDate ?? today;
  let from = filters.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  let adjusted: string | null = null;
  if (from > to) {
    [from, to] = [to, from];
    adjusted = "The start date was after the end date; they were swapped.";
  }
  if (rangeLength({ from, to }) > MAX_RANGE_DAYS) {
    from = addDays(to, -(MAX_RANGE_DAYS - 1));
    adjusted = `Ranges are limited to ${MAX_RANGE_DAYS} days; showing the last ${MAX_RANGE_DAYS} days up to ${to}.`;
  }
  return { range: { from, to }, adjusted };
}

/**
 * Where a view's default range ends. Imported campaign reports lag, so campaign tabs end at the
 * newest imported day; the copilot's own figures (generations, reviews, model calls) are recorded
 * as they happen, so its tab ends today — ending it at the newest KPI day would leave out the
 * work of the last days.
 */
export function defaultRangeEnd(tab: DashboardTab, latestDataDate: string | null, today: string): string | null {
  return tab === "operations" ? today : latestDataDate;
}

/** The search string of a view, omitting defaults so shared links stay short. */
export function filtersToSearch(filters: Partial<Record<keyof DashboardFilters, string | undefined>>): string {
  const defaults: Partial<Record<keyof DashboardFilters, string>> = { granularity: "day", origin: "all", metric: "cvr", tab: "performance" };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters) as [keyof DashboardFilters, string | undefined][]) {
    if (value && value !== defaults[key]) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export type { DateRange, Granularity };
