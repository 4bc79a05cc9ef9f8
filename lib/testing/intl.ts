import { createElement, type ComponentProps, type ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { UI_FORMATS } from "@/lib/i18n/formats";
import { UI_TIME_ZONE, type UiLocale } from "@/lib/i18n/locales";

/**
 * A component under the provider the root layout gives it, for `renderToStaticMarkup` in unit tests:
 * `renderToStaticMarkup(withIntl(<Pager … />, "de"))`. Plain `createElement`: lib/ holds no JSX (the import-rule
 * check parses lib/ as TypeScript).
 */
export function withIntl(ui: ReactNode, locale: UiLocale = "en") {
  const props: ComponentProps<typeof NextIntlClientProvider> = { locale, messages: locale === "de" ? de : en, timeZone: UI_TIME_ZONE, formats: UI_FORMATS, children: ui };
  return createElement(NextIntlClientProvider, props);
}
