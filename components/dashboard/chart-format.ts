import { uiFormatter } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";

/** How a chart's values read: counts, fractions shown as %, major currency units, unitless multiples (ROAS). */
export type ChartValueFormat = "count" | "percent" | "money" | "ratio";

/** The only period-key text a chart needs from the catalogue: an ISO week ("2026-W45") as people say it. */
export type WeekLabel = (values: { week: number; year: number }) => string;

const MISSING = "—";
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_KEY = /^(\d{4})-W(\d{2})$/;
const MONTH_KEY = /^(\d{4})-(\d{2})$/;

/**
 * Axis ticks and tooltip values of the dashboard's charts in the member's locale ("1.234,56 €" / "€1,234.56",
 * "12,5 %" / "12.5%"). Built outside React so the same functions are unit-tested in both locales.
 */
export function chartValueFormatter(locale: UiLocale, format: ChartValueFormat, currency: string | null): (value: unknown) => string {
  const formatter = uiFormatter(locale);
  return (value) => {
    if (typeof value !== "number" || !Number.isFinite(value)) return MISSING;
    switch (format) {
      case "percent":
        return formatter.number(value, { style: "percent", maximumFractionDigits: 2 });
      case "money":
        return currency ? formatter.number(value, { style: "currency", currency }) : formatter.number(value, "decimal");
      case "ratio":
        return formatter.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      case "count":
        // Large counts are shortened on the axis ("1.2M" / "1,2 Mio."), so the tick labels fit its width.
        return formatter.number(value, { notation: value >= 100_000 ? "compact" : "standard", maximumFractionDigits: 2 });
    }
  };
}

/**
 * A chart's period key ("2026-12-07", "2026-W49", "2026-12") as a date of the locale ("07.12.2026", "Dezember 2026",
 * "KW 49/2026"). Keys the chart does not know are shown as they are.
 */
export function periodKeyFormatter(locale: UiLocale, weekLabel: WeekLabel): (key: string) => string {
  const formatter = uiFormatter(locale);
  return (key) => {
    const day = DAY_KEY.exec(key);
    if (day) return formatter.dateTime(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])), "date");
    const week = WEEK_KEY.exec(key);
    if (week) return weekLabel({ week: Number(week[2]), year: Number(week[1]) });
    const month = MONTH_KEY.exec(key);
    if (month) return formatter.dateTime(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1), "month");
    return key;
  };
}

/** An ISO day ("2026-12-07") as the UTC midnight it names, for `format.dateTime(…, "date")`. */
export function isoDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
