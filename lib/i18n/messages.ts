import type { UiLocale } from "./locales";

/** The message catalogue of a locale. English is the source; `npm run lint:i18n` keeps German's keys identical. */
export async function loadMessages(locale: UiLocale) {
  switch (locale) {
    case "de":
      return (await import("../../messages/de.json")).default;
    case "en":
      return (await import("../../messages/en.json")).default;
  }
}
