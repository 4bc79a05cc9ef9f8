import type { Formats } from "next-intl";

/**
 * Named formats shared by server and client components (`format.dateTime(d, "dateTime")`, `format.number(n,
 * "percent")`): one definition, so German pages read `07.12.2026, 14:03` and `12,5 %` everywhere and English pages
 * `Dec 7, 2026, 2:03 PM` and `12.5%`.
 */
export const UI_FORMATS = {
  dateTime: {
    date: { year: "numeric", month: "2-digit", day: "2-digit" },
    dateTime: { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" },
    monthDay: { month: "short", day: "numeric" },
    month: { year: "numeric", month: "long" },
  },
  number: {
    integer: { maximumFractionDigits: 0 },
    decimal: { maximumFractionDigits: 2 },
    percent: { style: "percent", minimumFractionDigits: 0, maximumFractionDigits: 1 },
  },
} satisfies Formats;
