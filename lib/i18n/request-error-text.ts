import "server-only";
import { createTranslator } from "use-intl/core";
import type { ErrorMessage } from "@/lib/errors";
import type { UiLocale } from "./locales";
import { loadMessages } from "./messages";
import { uiLocaleOrDefault } from "./request-locale";

/**
 * An error message in this request's UI language, for the few places the server itself puts it into words for the
 * browser (a refusal reported as a field error). Outside a request (scripts, tests calling actions directly): English.
 */
export async function errorTextForRequest(message: ErrorMessage): Promise<string> {
  return errorText(await uiLocaleOrDefault(), message);
}

export async function errorText(locale: UiLocale, message: ErrorMessage): Promise<string> {
  const translate = createTranslator({ locale, messages: await loadMessages(locale), namespace: "errors" });
  // Keys and params arrive as data; the translator's types want literal keys.
  return (translate as unknown as (key: string, params: Record<string, string | number>) => string)(message.key, message.params ?? {});
}

