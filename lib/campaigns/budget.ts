import { currencyMinorDigits, isIsoCurrency } from "@/lib/kpi/metrics/currency";

export type ParsedBudget = { ok: true; minor: number | null } | { ok: false; message: string };

/**
 * A budget as typed in the form ("1500", "1,500.50", "1.500,50", "1 500") to minor units of the
 * currency, exactly (no float arithmetic on cents). Empty = no budget planned. The last "." or
 * "," followed by at most the currency's minor digits is the decimal mark; the rest are grouping.
 */
export function parseBudgetToMinor(text: string, currency: string): ParsedBudget {
  const trimmed = text.replace(/[\s\u00a0']/g, "");
  if (trimmed === "") return { ok: true, minor: null };
  if (!isIsoCurrency(currency)) return { ok: false, message: `“${currency}” is not an ISO 4217 currency code.` };
  if (trimmed.startsWith("-")) return { ok: false, message: "The budget cannot be negative." };
  if (!/^\d[\d.,]*$/.test(trimmed)) return { ok: false, message: `“${text.trim()}” is not an amount; write it like 1500 or 1500.50.` };
  const digits = currencyMinorDigits(currency);
  const decimal = digits > 0 ? new RegExp(`^(.*?)[.,](\\d{1,${digits}})$`).exec(trimmed) : null;
  const wholeText = (decimal ? decimal[1]! : trimmed).replace(/[.,]/g, "");
  const fraction = decimal ? decimal[2]!.padEnd(digits, "0") : "0".repeat(digits);
  if (!/^\d+$/.test(wholeText)) return { ok: false, message: `“${text.trim()}” is not an amount; write it like 1500 or 1500.50.` };
  const minor = Number(wholeText) * 10 ** digits + Number(fraction || "0");
  if (!Number.isSafeInteger(minor)) return { ok: false, message: "That budget is too large." };
  return { ok: true, minor };
}

/** Minor units back to the form's text ("150050" EUR → "1500.50"), without grouping so it parses again. */
export function budgetMinorToText(minor: number | null, currency: string): string {
  if (minor === null) return "";
  const digits = isIsoCurrency(currency) ? currencyMinorDigits(currency) : 2;
  if (digits === 0) return String(minor);
  const whole = Math.floor(minor / 10 ** digits);
  const fraction = String(minor % 10 ** digits).padStart(digits, "0");
  return `${whole}.${fraction}`;
}
