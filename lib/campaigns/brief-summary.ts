/**
 * What a campaign page says about a stored brief. Read field by field instead of through the brief
 * schema: briefs of older forms (`channels` before `assetKinds`), of newer ones (campaign fields)
 * and briefs the retention purge emptied must all still be listed, never dropped as unparseable.
 */
export type BriefSummary = {
  topic: string;
  audience: string;
  goal: string;
  productSourceId: string | null;
  assetKinds: string[];
  language: string | null;
  /** The retention purge emptied it: only its assets remain. */
  purged: boolean;
};

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");
const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);

export function readBriefSummary(stored: unknown): BriefSummary {
  const brief = stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const assetKinds = strings(brief.assetKinds ?? brief.channels);
  return {
    topic: text(brief.topic),
    audience: text(brief.audience),
    goal: text(brief.goal),
    productSourceId: text(brief.productSourceId) || null,
    assetKinds,
    language: text(brief.language) || null,
    purged: Object.keys(brief).length === 0,
  };
}

/** The same key for the same brief whatever order its fields were stored in (jsonb reorders keys). */
export function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableKey(item)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
