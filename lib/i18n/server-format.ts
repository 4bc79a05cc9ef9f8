import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";

/** "07.12.2026, 14:03 UTC" / "12/07/2026, 02:03 PM UTC" for server components that hand finished text to tables. */
export async function getUtcDateTimeFormatter(): Promise<(value: Date) => string> {
  const [format, tCommon] = await Promise.all([getFormatter(), getTranslations("common")]);
  return (value) => tCommon("timeZoneSuffix", { time: format.dateTime(value, "dateTime") });
}
