import type { createTranslator } from "next-intl";
import { ASSET_KINDS, type AssetKind } from "@/lib/assets/schemas/asset-kind";
import { uiFormatter } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type messages from "@/messages/en.json";

type LabelTranslator = ReturnType<typeof createTranslator<typeof messages, "campaigns.labels">>;

function isAssetKind(kind: string): kind is AssetKind {
  return (ASSET_KINDS as readonly string[]).includes(kind);
}

function isLanguage(code: string): code is "de" | "en" {
  return code === "de" || code === "en";
}

/**
 * Channel, language, date-range and duration words of the campaign pages in the member's language. Built from a
 * translator and a locale so server pages, client forms and the unit tests share one implementation.
 */
export function campaignLabels(t: LabelTranslator, locale: UiLocale) {
  const format = uiFormatter(locale);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), "date");
  return {
    /** A channel (asset kind) in words; a kind this build does not know is shown as stored. */
    channel: (kind: string) => (isAssetKind(kind) ? t(`channel.${kind}`) : kind),
    /** A content language's name; an unknown code as stored. */
    language: (code: string) => (isLanguage(code) ? t(`language.${code}`) : code),
    /** "01.03.2027 – 31.03.2027" / "03/01/2027 – 03/31/2027"; a one-day campaign as one date. */
    dateRange: (startsOn: string, endsOn: string) => (startsOn === endsOn ? day(startsOn) : t("dateRange", { from: day(startsOn), to: day(endsOn) })),
    day,
    /** "45 min", "3 h 20 min", "2 d 4 h" / "2 T 4 Std.": a median wait; "—" when nothing was measured. */
    minutes: (minutes: number | null) => {
      if (minutes === null || !Number.isFinite(minutes)) return "—";
      const rounded = Math.max(0, Math.round(minutes));
      if (rounded < 1) return t("duration.underMinute");
      if (rounded < 60) return t("duration.minutes", { minutes: rounded });
      const hours = Math.floor(rounded / 60);
      if (hours < 48) return rounded % 60 === 0 ? t("duration.hours", { hours }) : t("duration.hoursMinutes", { hours, minutes: rounded % 60 });
      const days = Math.floor(hours / 24);
      return hours % 24 === 0 ? t("duration.days", { days }) : t("duration.daysHours", { days, hours: hours % 24 });
    },
  };
}

export type CampaignLabels = ReturnType<typeof campaignLabels>;
