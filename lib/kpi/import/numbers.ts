import { isIsoCurrency } from "@/lib/kpi/metrics/currency";
import type { DecimalSeparator } from "./types";

/** An exactly parsed decimal: digits as text, so money converts to minor units without float error. */
export interface Decimal {
  negative: boolean;
  integer: string;
  fraction: string;
}

export type NumberParse = { kind: "empty" } | { kind: "number"; decimal: Decimal; value: number } | { kind: "invalid"; reason: "percent" | "format" };

// Grouping characters: space, no-break space, narrow no-break space (French/German typesetting), apostrophe (Swiss).
const PLAIN_INTEGER = /^\d{1,15}$/;
const SIMPLE_DECIMAL = /^(\d{1,15})([.,])(\d{1,15})$/;
const GROUPING = /[\s\u00a0\u202f'’]/g;
// A currency symbol or ISO code before or after the amount: "€12", "US$12", "EUR 12", "12 CHF".
const CURRENCY_PREFIX = /^(\p{Sc}|US\$|[A-Z]{3})\s*/u;
const CURRENCY_SUFFIX = /\s*(\p{Sc}|[A-Z]{3})$/u;

/** Removes a currency marker at one end; null when the letters are not a currency ("12 ABC"). */
function stripCurrency(text: string, pattern: RegExp): string | null {
  const match = pattern.exec(text);
  if (!match) return text;
  const token = match[1] ?? "";
  if (/^[A-Z]{3}$/.test(token) && !isIsoCurrency(token)) return null;
  return text.slice(0, match.index) + text.slice(match.index + match[0].length);
}

function isGrouped(text: string, separator: string): boolean {
  const groups = text.split(separator);
  return /^\d{1,3}$/.test(groups[0] ?? "") && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

function decimalOf(negative: boolean, integer: string, fraction: string): NumberParse {
  // The regexes only run when there is something to strip: this is on the per-cell hot path.
  const intDigits = integer.length > 1 && integer.startsWith("0") ? integer.replace(/^0+(?=\d)/, "") : integer || "0";
  const fracDigits = fraction.endsWith("0") ? fraction.replace(/0+$/, "") : fraction;
  const value = Number(`${negative ? "-" : ""}${intDigits}.${fracDigits || "0"}`);
  return { kind: "number", decimal: { negative, integer: intDigits, fraction: fracDigits }, value };
}

/**
 * Parses numbers as ad platforms export them: "1,234.56" (English), "1.234,56" (German),
 * "€1,234.56", "1.234,56 €", "(12.00)" (accounting negative). "" and "--" (Google's "no data")
 * are `empty`; percentages are `invalid`, because rates are derived here, never imported.
 *
 * Separator rule: with both "." and "," present, the last one is the decimal separator. With one
 * kind appearing more than once, it groups thousands. A single separator followed by exactly
 * three digits ("1,234" / "1.234") is ambiguous and resolved by `hint`, the export's locale
 * convention; any other single separator is decimal ("12.5", "0,123", "1234,56").
 */
export function parseLocaleNumber(raw: string, hint: DecimalSeparator): NumberParse {
  let text = raw.trim();
  // Fast paths for the common cases, plain "123" and "123.45" / "123,45", with the same rules as below.
  if (PLAIN_INTEGER.test(text)) return decimalOf(false, text, "");
  const simple = SIMPLE_DECIMAL.exec(text);
  if (simple) {
    const [, integerPart = "", separator, fraction = ""] = simple;
    const ambiguous = fraction.length === 3 && integerPart.length <= 3 && integerPart !== "0";
    return ambiguous && separator !== hint ? decimalOf(false, integerPart + fraction, "") : decimalOf(false, integerPart, fraction);
  }
  if (text === "" || text === "--" || text === "—" || text === "–") return { kind: "empty" };
  if (text.includes("%")) return { kind: "invalid", reason: "percent" };
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  let stripped = stripCurrency(text, CURRENCY_PREFIX);
  if (stripped !== null && /^[-−]/.test(stripped)) {
    negative = true;
    stripped = stripCurrency(stripped.slice(1).trim(), CURRENCY_PREFIX);
  }
  if (stripped !== null) stripped = stripCurrency(stripped, CURRENCY_SUFFIX);
  if (stripped === null) return { kind: "invalid", reason: "format" };
  text = stripped.replace(GROUPING, "");
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return { kind: "invalid", reason: "format" };

  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  if (lastDot < 0 && lastComma < 0) return decimalOf(negative, text, "");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalSep = lastDot > lastComma ? "." : ",";
    const groupSep = decimalSep === "." ? "," : ".";
    const cut = text.lastIndexOf(decimalSep);
    const integerPart = text.slice(0, cut);
    const fraction = text.slice(cut + 1);
    if (integerPart.includes(decimalSep) || !isGrouped(integerPart, groupSep)) return { kind: "invalid", reason: "format" };
    return decimalOf(negative, integerPart.split(groupSep).join(""), fraction);
  }
  const separator = lastDot >= 0 ? "." : ",";
  const parts = text.split(separator);
  if (parts.length > 2) {
    return isGrouped(text, separator) ? decimalOf(negative, parts.join(""), "") : { kind: "invalid", reason: "format" };
  }
  const [integerPart = "", fraction = ""] = parts;
  const ambiguous = fraction.length === 3 && isGrouped(text, separator) && integerPart !== "0";
  if (ambiguous && separator !== hint) return decimalOf(negative, integerPart + fraction, "");
  return decimalOf(negative, integerPart, fraction);
}

/**
 * Exact conversion to minor units with half-up rounding on the digits beyond the currency's
 * precision ("12.345" EUR → 1235 cents). Float multiplication would turn 1234.565 into 123456.
 */
export function toMinorUnits(decimal: Decimal, digits: number): number {
  const fraction = decimal.fraction.padEnd(digits + 1, "0");
  const kept = Number(decimal.integer + fraction.slice(0, digits));
  const roundUp = Number(fraction[digits] ?? "0") >= 5 ? 1 : 0;
  const magnitude = kept + roundUp;
  return decimal.negative && magnitude !== 0 ? -magnitude : magnitude;
}
