import type { UI_FORMATS } from "@/lib/i18n/formats";
import type { UiLocale } from "@/lib/i18n/locales";
import type messages from "../messages/en.json";

// Message keys, placeholders and named formats are checked by the compiler: `t("assets.tilte")` does not build.
declare module "next-intl" {
  interface AppConfig {
    Locale: UiLocale;
    Messages: typeof messages;
    Formats: typeof UI_FORMATS;
  }
}
