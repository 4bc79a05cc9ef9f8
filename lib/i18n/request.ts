import { getRequestConfig } from "next-intl/server";
import { UI_FORMATS } from "./formats";
import { UI_TIME_ZONE } from "./locales";
import { loadMessages } from "./messages";
import { getRequestUiLocale } from "./request-locale";

/** next-intl's per-request configuration (wired in next.config.ts): locale, messages, zone and named formats. */
export default getRequestConfig(async () => {
  const locale = await getRequestUiLocale();
  return { locale, messages: await loadMessages(locale), timeZone: UI_TIME_ZONE, formats: UI_FORMATS };
});
