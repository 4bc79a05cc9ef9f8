/**
 * Calendar helpers on ISO dates ("yyyy-mm-dd"). Report exports carry plain calendar days in the
 * ad account's time zone, so all arithmetic is done on UTC day numbers: no local time zone or
 * daylight-saving shift can move a day across a boundary.
 */

export interface DateRange {
  /** First day, inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

export type Granularity = "day" | "week" | "month";

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid ISO date; throws RangeError otherwise (including 2026-02-30). */
export function toDayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`'${date}' is not an ISO date (yyyy-mm-dd)`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`'${date}' is not a calendar date`);
  }
  return ms / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

export function isIsoDate(date: string): boolean {
  try {
    toDayNumber(date);
    return true;
  } catch {
    return false;
  }
}

/** Number of days in an inclusive range; throws when `from` is after `to`. */
export function rangeLength(range: DateRange): number {
  const length = toDayNumber(range.to) - toDayNumber(range.from) + 1;
  if (length < 1) throw new RangeError(`range starts (${range.from}) after it ends (${range.to})`);
  return length;
}

/**
 * The period of equal length that ends the day before `range` starts: 1–30 Nov → 2–31 Oct.
 * Equal length in days (not "the previous calendar month") so a comparison never pits 31 days
 * against 30; a caller wanting calendar months can pass the month's own range.
 */
export function previousPeriod(range: DateRange): DateRange {
  const length = rangeLength(range);
  const to = toDayNumber(range.from) - 1;
  return { from: fromDayNumber(to - length + 1), to: fromDayNumber(to) };
}

/** Monday of the ISO week containing `date`. */
export function weekStart(date: string): string {
  const day = toDayNumber(date);
  // 1970-01-01 was a Thursday: (day + 3) mod 7 gives 0 for Monday.
  const mondayOffset = (((day + 3) % 7) + 7) % 7;
  return fromDayNumber(day - mondayOffset);
}

/**
 * ISO 8601 week key "2026-W45". The year is the ISO week-year (the year of the week's Thursday),
 * so 2024-12-30 belongs to 2025-W01 and 2021-01-03 to 2020-W53. Zero-padded, so keys sort as text.
 */
export function isoWeekKey(date: string): string {
  const thursday = toDayNumber(weekStart(date)) + 3;
  const weekYear = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const firstDay = Date.UTC(weekYear, 0, 1) / MS_PER_DAY;
  const week = Math.floor((thursday - firstDay) / 7) + 1;
  return `${weekYear}-W${String(week).padStart(2, "0")}`;
}

/** Bucket key of a day: the date itself, its ISO week ("2026-W45") or its month ("2026-11"). */
export function bucketKey(date: string, granularity: Granularity): string {
  toDayNumber(date); // validates, so a malformed date never becomes its own bucket
  if (granularity === "day") return date;
  if (granularity === "month") return date.slice(0, 7);
  return isoWeekKey(date);
}

/**
 * Every bucket key touched by the range, in order, so a chart can fill gaps with zeroes instead
 * of drawing a line straight across days without data. Edge buckets may be partial.
 */
export function bucketKeys(range: DateRange, granularity: Granularity): string[] {
  const keys: string[] = [];
  const last = toDayNumber(range.to);
  rangeLength(range);
  for (let day = toDayNumber(range.from); day <= last; day++) {
    const key = bucketKey(fromDayNumber(day), granularity);
    if (keys[keys.length - 1] !== key) keys.push(key);
  }
  return keys;
}
