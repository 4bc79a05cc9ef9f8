import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cookies, headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { DEFAULT_UI_LOCALE, LOCALE_COOKIE, type UiLocale } from "./locales";
import { resolveUiLocale } from "./resolve-locale";

/**
 * The locale an entry point resolved before it opened its transaction. Resolving reads the member's profile from the
 * database; inside a transaction on the embedded database (one PGlite connection, held by the transaction) that
 * read would wait for the transaction forever. defineAction pins the locale first, so input validation and any
 * message rendered inside the transaction read it from here.
 */
const pinnedLocale = new AsyncLocalStorage<UiLocale>();

export function runWithPinnedUiLocale<T>(locale: UiLocale, run: () => Promise<T>): Promise<T> {
  return pinnedLocale.run(locale, run);
}

/** This request's UI language (see resolveUiLocale for the order). One session read per request (React cache). */
export async function getRequestUiLocale(): Promise<UiLocale> {
  const pinned = pinnedLocale.getStore();
  if (pinned) return pinned;
  const [requestHeaders, requestCookies, user] = await Promise.all([headers(), cookies(), getCurrentUser().catch(() => null)]);
  return resolveUiLocale({
    profileLocale: user?.locale ?? null,
    cookieLocale: requestCookies.get(LOCALE_COOKIE)?.value ?? null,
    acceptLanguage: requestHeaders.get("accept-language"),
  });
}

/** The request's UI language, or English outside a request (scripts, direct calls in tests). */
export async function uiLocaleOrDefault(): Promise<UiLocale> {
  try {
    return await getRequestUiLocale();
  } catch {
    return DEFAULT_UI_LOCALE;
  }
}
