import { createFormatter } from "use-intl/core";
import { UI_FORMATS } from "./formats";
import { UI_TIME_ZONE, type UiLocale } from "./locales";

/**
 * The same formatter components get from `useFormatter()` / `getFormatter()`, for code outside React (chart
 * tick formatters built once, tests): one set of named formats, one time zone.
 */
export function uiFormatter(locale: UiLocale) {
  return createFormatter({ locale, timeZone: UI_TIME_ZONE, formats: UI_FORMATS });
}

/** "07.12.2026" / "12/07/2026". */
export function formatUiDate(locale: UiLocale, value: Date | number): string {
  return uiFormatter(locale).dateTime(value, "date");
}

/** "07.12.2026, 14:03" / "12/07/2026, 02:03 PM" (UTC, see UI_TIME_ZONE). */
export function formatUiDateTime(locale: UiLocale, value: Date | number): string {
  return uiFormatter(locale).dateTime(value, "dateTime");
}

/** "1.234,56 €" / "€1,234.56": an amount in major units. */
export function formatUiMoney(locale: UiLocale, amount: number, currency: string): string {
  return uiFormatter(locale).number(amount, { style: "currency", currency });
}

/** "12,5 %" / "12.5%": a ratio (0.125). */
export function formatUiPercent(locale: UiLocale, ratio: number): string {
  return uiFormatter(locale).number(ratio, "percent");
}

/** "1.234.567" / "1,234,567". */
export function formatUiInteger(locale: UiLocale, value: number): string {
  return uiFormatter(locale).number(value, "integer");
}
