import { z } from "zod";
import { transliterateToAscii } from "./transliterate";

const UTM_VALUE_RULE = "lowercase a-z, 0-9, underscore, hyphen and dot only; spaces become underscores";

export const UtmSchema = z
  .object({
    source: z.string().describe(`utm_source: where the click comes from, e.g. "google", "meta", "linkedin". ${UTM_VALUE_RULE}.`),
    medium: z.string().describe(`utm_medium: the channel type, e.g. "cpc" or "paid_social". ${UTM_VALUE_RULE}.`),
    campaign: z.string().describe(`utm_campaign: the campaign name, e.g. "spring_sale_2026". ${UTM_VALUE_RULE}.`),
    content: z.string().nullable().describe(`utm_content: distinguishes ad variants, or null. ${UTM_VALUE_RULE}.`),
    term: z.string().nullable().describe(`utm_term: the paid keyword, or null. ${UTM_VALUE_RULE}.`),
  })
  .describe("UTM tracking parameters appended to the final URL.");

export type Utm = z.infer<typeof UtmSchema>;

export const UTM_FIELDS = ["source", "medium", "campaign", "content", "term"] as const;
export type UtmField = (typeof UTM_FIELDS)[number];

/** Values analytics tools group by must be spelled one way: "Spring Sale" and "spring_sale" would split a report. */
export const UTM_VALUE_PATTERN = /^[a-z0-9_.-]+$/;

/** A value made only of characters a URL carries as they are: kept as written (its casing is the workspace's convention's business). */
const URL_SAFE_VALUE = /^[A-Za-z0-9_.-]+$/;

/**
 * The value as it goes into a link: kept when it is already URL-safe (the workspace's UTM
 * convention decides casing and characters, and validation reports a value that breaks it),
 * otherwise normalised ("Spring Sale" → "spring_sale"), because a URL with a space or a "+"
 * would split the analytics.
 */
export function linkUtmValue(value: string): string {
  return URL_SAFE_VALUE.test(value) ? value : normalizeUtmValue(value);
}

/** "Frühling Sale 2026!" → "fruehling_sale_2026". Idempotent, so valid values stay unchanged. */
export function normalizeUtmValue(value: string): string {
  return transliterateToAscii(value)
    .trim()
    .toLowerCase()
    .replace(/\s+/g, "_")
    .replace(/[^a-z0-9_.-]/g, "")
    .replace(/_{2,}/g, "_");
}

/**
 * Appends the UTM parameters to `finalUrl`, keeping its other query parameters and fragment.
 * Every existing utm_* parameter is dropped first so a stale utm_content cannot survive next to
 * new values. Values with spaces or symbols are normalised (linkUtmValue).
 * Throws a TypeError when `finalUrl` is not an absolute URL (validation reports that earlier).
 */
export function buildUtmUrl(finalUrl: string, utm: Utm): string {
  const url = new URL(finalUrl);
  for (const key of [...url.searchParams.keys()]) {
    if (key.toLowerCase().startsWith("utm_")) url.searchParams.delete(key);
  }
  for (const field of UTM_FIELDS) {
    const value = utm[field];
    if (value === null) continue;
    const normalized = linkUtmValue(value);
    if (normalized !== "") url.searchParams.set(`utm_${field}`, normalized);
  }
  return url.toString();
}
