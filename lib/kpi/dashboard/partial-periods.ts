import { addDays, bucketKey, bucketKeys, type DateRange, type Granularity } from "@/lib/kpi/metrics/period";

function bucketLength(key: string, granularity: Granularity): number {
  if (granularity === "day") return 1;
  if (granularity === "week") return 7;
  const [year, month] = key.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Buckets of the chart that do not hold all of their days: a week or month cut by the range's
 * edges, or days after the newest imported day (reports arrive with a lag). Drawn like full ones,
 * the last week of a range ending on a Wednesday looks like a collapse; so they are drawn dashed
 * and labelled "partial".
 */
export function partialBucketKeys(range: DateRange, granularity: Granularity, latestDataDate: string | null): Set<string> {
  const end = latestDataDate !== null && latestDataDate < range.to ? latestDataDate : range.to;
  const daysCovered = new Map<string, number>();
  for (let day = range.from; day <= end; day = addDays(day, 1)) {
    const key = bucketKey(day, granularity);
    daysCovered.set(key, (daysCovered.get(key) ?? 0) + 1);
  }
  return new Set(bucketKeys(range, granularity).filter((key) => (daysCovered.get(key) ?? 0) < bucketLength(key, granularity)));
}
