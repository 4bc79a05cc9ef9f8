/*
 * Finds the numbers a text states (prices, percentages, measurements, years, counts) so
 * grounding can require each one to appear in a cited source. Formats are normalised so German
 * and English spellings of the same value meet: "1.299,00 €", "1299,00 EUR" and "€1,299.00" are
 * all 1299 EUR; "3,5 kg" and "3.5 kg" are both 3.5 kg; "20 %" and "20%" are both 20 %.
 *
 * Ambiguity: "1.299" or "1,299" is a thousands-grouped 1299 in one language and a decimal 1.299
 * in the other. Such a number keeps both readings and matches a source under either, so a German
 * price never fails against an English source (or vice versa); we accept the rare false match.
 */

export type ExtractedNumber = {
  /** As written, with its unit if any: "1.299,00 €". */
  raw: string;
  index: number;
  /** Canonical decimal strings the number can mean: ["1299"], or ["1299", "1.299"] when ambiguous. */
  readings: string[];
  /** Canonical unit ("EUR", "%", "kg") or null when none is written. */
  unit: string | null;
};

const UNIT_NAMES: Record<string, string> = {
  "€": "EUR", eur: "EUR", euro: "EUR", euros: "EUR",
  $: "USD", usd: "USD", dollar: "USD", dollars: "USD",
  "£": "GBP", gbp: "GBP", chf: "CHF", franken: "CHF",
  "%": "%", prozent: "%", percent: "%", pct: "%",
  kg: "kg", kilo: "kg", kilogramm: "kg", kilogram: "kg", kilograms: "kg",
  g: "g", gramm: "g", gram: "g", grams: "g", mg: "mg",
  l: "l", liter: "l", litre: "l", liters: "l", litres: "l", ml: "ml",
  mm: "mm", cm: "cm", m: "m", meter: "m", metre: "m", meters: "m", metres: "m", km: "km",
  mah: "mAh", wh: "Wh", kwh: "kWh", w: "W", watt: "W", kw: "kW", v: "V", volt: "V",
  mb: "MB", gb: "GB", tb: "TB",
  h: "h", std: "h", stunde: "h", stunden: "h", hour: "h", hours: "h",
  min: "min", minute: "min", minuten: "min", minutes: "min",
  tag: "day", tage: "day", tagen: "day", day: "day", days: "day",
  monat: "month", monate: "month", monaten: "month", month: "month", months: "month",
  jahr: "year", jahre: "year", jahren: "year", year: "year", years: "year",
  "°c": "°C", "°f": "°F",
};

// A Map, so a word after a number such as "constructor" cannot hit Object.prototype.
const UNITS = new Map(Object.entries(UNIT_NAMES));

const GROUP_SEPARATOR = "[.,'’\\u00A0\\u202F\\u2009]";
const NUMBER_PATTERN = new RegExp(
  [
    // Not inside a word or code (CO2, B2B, H2O) and not the tail of "1.2.3".
    "(?<![\\p{L}\\p{N}_]|\\d[.,])",
    "(?:(?<prefix>€|\\$|£|EUR|USD|CHF|GBP)[ \\u00A0\\u202F]?)?",
    `(?<number>(?:\\d{1,3}(?:${GROUP_SEPARATOR}\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)(?!\\d))`,
    // German price notation "1.299,-".
    "(?<dash>,[-–])?",
    "(?:[ \\u00A0\\u202F]?(?<unit>%|°[CcFf]|€|\\$|£|\\p{L}+)(?!\\p{L}))?",
  ].join(""),
  "gu",
);

// Links inside copy ("example.de/sale-2026") are addresses, not claims.
const URL_PATTERN = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;

export function extractNumbers(text: string): ExtractedNumber[] {
  const withoutUrls = text.replace(URL_PATTERN, (url) => " ".repeat(url.length));
  const numbers: ExtractedNumber[] = [];
  for (const match of withoutUrls.matchAll(NUMBER_PATTERN)) {
    const groups = match.groups ?? {};
    const number = groups.number ?? "";
    const prefixUnit = groups.prefix ? unitOf(groups.prefix) : null;
    const suffixUnit = groups.unit ? unitOf(groups.unit) : null;
    const unit = prefixUnit ?? suffixUnit;
    // Keep the unit in `raw` only when it is one we recognise; "2026 Jacken" is just "2026".
    let end = match.index + match[0].length;
    if (groups.unit && suffixUnit === null) end -= groups.unit.length;
    numbers.push({
      raw: withoutUrls.slice(match.index, end).trim(),
      index: match.index,
      // "1.299,-" is German for a whole amount, so the separator can only group thousands.
      readings: groups.dash ? [canonical(number.replace(/\D/g, ""), "")] : readingsOf(number),
      unit,
    });
  }
  return numbers;
}

function unitOf(token: string): string | null {
  return UNITS.get(token.toLowerCase().replace(/\.$/, "")) ?? null;
}

/** "0012" + "500" → "12.5"; trailing decimal zeros and leading integer zeros carry no meaning. */
function canonical(integer: string, fraction: string): string {
  const int = integer.replace(/^0+(?=\d)/, "");
  const frac = fraction.replace(/0+$/, "");
  return frac === "" ? int : `${int}.${frac}`;
}

function isGrouped(groups: readonly string[]): boolean {
  const [first, ...rest] = groups;
  return first !== undefined && first.length >= 1 && first.length <= 3 && rest.every((group) => group.length === 3);
}

/** All readings of a number with separators; see the file comment for the ambiguous case. */
export function readingsOf(number: string): string[] {
  const parts = number.split(/([.,'’\u00A0\u202F\u2009])/);
  const groups = parts.filter((_, index) => index % 2 === 0);
  const separators = parts.filter((_, index) => index % 2 === 1);
  if (separators.length === 0) return [canonical(number, "")];

  const readings = new Set<string>();
  // Every separator groups thousands: "1.299.000", "1 299".
  if (new Set(separators).size === 1 && isGrouped(groups)) readings.add(canonical(groups.join(""), ""));
  // The last separator is the decimal mark, any before it group thousands: "1.299,00", "3,5".
  const mark = separators[separators.length - 1];
  const grouping = separators.slice(0, -1);
  const integerGroups = groups.slice(0, -1);
  if (
    (mark === "." || mark === ",") &&
    grouping.every((separator) => separator !== mark) &&
    new Set(grouping).size <= 1 &&
    (grouping.length === 0 || isGrouped(integerGroups))
  ) {
    readings.add(canonical(integerGroups.join(""), groups[groups.length - 1] ?? ""));
  }
  if (readings.size === 0) readings.add(canonical(groups.join(""), ""));
  return [...readings];
}

/** Same value under some reading, and no conflicting units (a unit missing on either side is no conflict). */
export function numbersMatch(a: ExtractedNumber, b: ExtractedNumber): boolean {
  if (a.unit !== null && b.unit !== null && a.unit !== b.unit) return false;
  return a.readings.some((reading) => b.readings.includes(reading));
}
