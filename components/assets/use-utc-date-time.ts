import { useFormatter, useTranslations } from "next-intl";

/**
 * "07.12.2026, 14:03 UTC" / "12/07/2026, 02:03 PM UTC": a time in the reader's language, always in UTC so the
 * server-rendered and hydrated text agree. Works in server and client components (next-intl's hooks do both).
 */
export function useUtcDateTime() {
  const format = useFormatter();
  const t = useTranslations("common");
  return (value: Date | string) => t("timeZoneSuffix", { time: format.dateTime(typeof value === "string" ? new Date(value) : value, "dateTime") });
}
