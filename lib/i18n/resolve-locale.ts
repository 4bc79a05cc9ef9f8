import Negotiator from "negotiator";
import { match } from "@formatjs/intl-localematcher";
import { DEFAULT_UI_LOCALE, UI_LOCALES, isUiLocale, type UiLocale } from "./locales";

export type LocaleSources = {
  /** The member's saved choice (Your account → Language); null = follow the browser. */
  profileLocale?: string | null;
  /** The switcher's cookie, for people who are not signed in. */
  cookieLocale?: string | null;
  acceptLanguage?: string | null;
};

/**
 * Which language the UI speaks for this request: the member's profile setting, else the switcher's cookie, else the
 * browser's Accept-Language (best match by the standard lookup, so `de-AT` finds German), else English.
 */
export function resolveUiLocale(sources: LocaleSources): UiLocale {
  if (isUiLocale(sources.profileLocale)) return sources.profileLocale;
  if (isUiLocale(sources.cookieLocale)) return sources.cookieLocale;
  return acceptLanguageLocale(sources.acceptLanguage) ?? DEFAULT_UI_LOCALE;
}

function acceptLanguageLocale(header: string | null | undefined): UiLocale | null {
  if (!header) return null;
  const requested = new Negotiator({ headers: { "accept-language": header } }).languages();
  const valid = requested.filter((tag) => tag !== "*" && isWellFormedTag(tag));
  if (valid.length === 0) return null;
  // `match` falls back to the default when nothing fits; "fits nothing" must not outrank a later source.
  const matched = match(valid, [...UI_LOCALES], "none", { algorithm: "lookup" });
  return isUiLocale(matched) ? matched : null;
}

function isWellFormedTag(tag: string): boolean {
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}
