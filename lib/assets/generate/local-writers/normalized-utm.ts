import { normalizeUtmValue, type Utm } from "@/lib/assets/schemas/utm";

/**
 * The brief's UTM values in the one spelling analytics groups by ("Spring Sale" → spring_sale).
 * The pipeline already normalises what it builds; this keeps a hand-written brief from producing
 * an ad the UTM validator rejects. Optional values that normalise to nothing become null.
 */
export function normalizedUtm(utm: Utm): Utm {
  const optional = (value: string | null) => {
    const normalized = value === null ? "" : normalizeUtmValue(value);
    return normalized === "" ? null : normalized;
  };
  return {
    source: normalizeUtmValue(utm.source),
    medium: normalizeUtmValue(utm.medium),
    campaign: normalizeUtmValue(utm.campaign),
    content: optional(utm.content),
    term: optional(utm.term),
  };
}
