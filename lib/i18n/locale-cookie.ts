import { LOCALE_COOKIE, type UiLocale } from "./locales";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Remembers the switcher's choice in the browser (read by resolveUiLocale on the next request). Not HttpOnly on
 * purpose: a language is no secret and the switcher works without a server round trip for people not signed in.
 * null forgets it, so the browser's Accept-Language decides again.
 */
export function writeLocaleCookie(locale: UiLocale | null): void {
  const secure = window.location.protocol === "https:" ? "; Secure" : "";
  const value = locale ?? "";
  const maxAge = locale ? ONE_YEAR_SECONDS : 0;
  document.cookie = `${LOCALE_COOKIE}=${value}; Path=/; Max-Age=${maxAge}; SameSite=Lax${secure}`;
}
