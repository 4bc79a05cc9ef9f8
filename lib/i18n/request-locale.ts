import "server-only";
import { cookies, headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { LOCALE_COOKIE, type UiLocale } from "./locales";
import { resolveUiLocale } from "./resolve-locale";

/** This request's UI language (see resolveUiLocale for the order). One session read per request (React cache). */
export async function getRequestUiLocale(): Promise<UiLocale> {
  const [requestHeaders, requestCookies, user] = await Promise.all([headers(), cookies(), getCurrentUser().catch(() => null)]);
  return resolveUiLocale({
    profileLocale: user?.locale ?? null,
    cookieLocale: requestCookies.get(LOCALE_COOKIE)?.value ?? null,
    acceptLanguage: requestHeaders.get("accept-language"),
  });
}
