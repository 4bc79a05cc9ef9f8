import { linkUtmValue, type Utm } from "@/lib/assets/schemas/utm";

/**
 * The brief's UTM values as links carry them. The pipeline builds them by the workspace's UTM
 * convention, so URL-safe values are kept as they are (a convention may keep capitals); a
 * hand-written brief's "Spring Sale" still becomes spring_sale. Optional values that normalise
 * to nothing become null.
 */
export function normalizedUtm(utm: Utm): Utm {
  const optional = (value: string | null) => {
    const normalized = value === null ? "" : linkUtmValue(value);
    return normalized === "" ? null : normalized;
  };
  return {
    source: linkUtmValue(utm.source),
    medium: linkUtmValue(utm.medium),
    campaign: linkUtmValue(utm.campaign),
    content: optional(utm.content),
    term: optional(utm.term),
  };
}
