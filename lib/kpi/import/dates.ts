import { isIsoDate } from "@/lib/kpi/metrics/period";
import type { SlashDateOrder } from "./types";

// Keyed by the first three letters, lower case: English and German names and abbreviations
// ("Nov", "November", "Mär", "Mrz", "Okt", "Dez.") all land on one entry.
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, jän: 1, feb: 2, mar: 3, mär: 3, mrz: 3, apr: 4, may: 5, mai: 5, jun: 6,
  jul: 7, aug: 8, sep: 9, oct: 10, okt: 10, nov: 11, dec: 12, dez: 12,
};

// "Mon, " / "Mo., " / "Monday, ": Google's UI adds the weekday to some date columns.
const WEEKDAY_PREFIX = /^\p{L}{2,10}\.?,\s*/u;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;
const NAME_DAY_YEAR = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u;
const DAY_NAME_YEAR = /^(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4})$/u;

function iso(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isIsoDate(text) ? text : null;
}

// Two-digit years are 20xx: ad platforms did not exist in the 1900s.
const fullYear = (year: string): number => (year.length === 2 ? 2000 + Number(year) : Number(year));

function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().slice(0, 3)] ?? null;
}

/**
 * Reads the date formats found in report exports and returns ISO yyyy-mm-dd, or null:
 * - ISO "2026-11-03" (optionally with a time, which is dropped),
 * - "Nov 3, 2026", "November 3, 2026", "Mon, Nov 3, 2026", "3 Nov 2026", "3. Nov. 2026",
 * - German "03.11.2026" (always day.month.year),
 * - slash dates "11/03/2026", read in `slashOrder`. The rule is per file, never per value: the
 *   English Google Ads UI writes US month/day/year, so "11/03/2026" is 3 Nov there; a date that
 *   is impossible in that order ("13/11/2026") is an error, not silently swapped, because a
 *   swap would read the file's other dates in the wrong order without anyone noticing.
 */
export function parseReportDate(raw: string, slashOrder: SlashDateOrder): string | null {
  const text = raw.trim().replace(WEEKDAY_PREFIX, "");
  let m = ISO.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DOTTED.exec(text);
  if (m) return iso(fullYear(m[3] ?? ""), Number(m[2]), Number(m[1]));
  m = SLASHED.exec(text);
  if (m) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    return slashOrder === "mdy" ? iso(fullYear(m[3] ?? ""), first, second) : iso(fullYear(m[3] ?? ""), second, first);
  }
  m = NAME_DAY_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[1] ?? "");
    return month ? iso(Number(m[3]), month, Number(m[2])) : null;
  }
  m = DAY_NAME_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[2] ?? "");
    return month ? iso(Number(m[3]), month, Number(m[1])) : null;
  }
  return null;
}

/** The example list for error messages, naming the slash order in force. */
export function dateFormatHint(slashOrder: SlashDateOrder): string {
  return `a date like 2026-11-03, Nov 3, 2026, 03.11.2026 or ${slashOrder === "mdy" ? "11/03/2026 (month/day/year)" : "03/11/2026 (day/month/year)"}`;
}
