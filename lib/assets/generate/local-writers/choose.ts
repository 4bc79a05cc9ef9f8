import type { CitedText } from "@/lib/assets/schemas/cited-text";
import { visibleLength } from "@/lib/assets/validate/visible-length";

/** The first candidate that survived the brand, length and grounding gate. */
export function firstUsable<T>(candidates: readonly (T | null | undefined)[]): T | null {
  for (const candidate of candidates) if (candidate !== null && candidate !== undefined) return candidate;
  return null;
}

/**
 * The first candidate (in preference order) at least `min` long, else the longest one: used
 * where a platform shows a range best (SEO titles 30–60) and all candidates already fit the max.
 */
export function preferAtLeast(candidates: readonly (CitedText | null)[], min: number): CitedText | null {
  const usable = candidates.filter((candidate): candidate is CitedText => candidate !== null);
  const long = usable.find((candidate) => visibleLength(candidate.text) >= min);
  if (long) return long;
  let best: CitedText | null = null;
  for (const candidate of usable) if (best === null || visibleLength(candidate.text) > visibleLength(best.text)) best = candidate;
  return best;
}
