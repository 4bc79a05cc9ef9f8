import "server-only";
import { z } from "zod";
import { createTranslator } from "use-intl/core";
import type { UiLocale } from "./locales";
import { loadMessages } from "./messages";
import { uiLocaleOrDefault } from "./request-locale";
import { renderIssueMessage } from "./validation-messages";

const ZOD_LOCALES: Record<UiLocale, () => { localeError: z.core.$ZodErrorMap }> = { en: z.locales.en, de: z.locales.de };

/**
 * The schema, with validation messages in the member's UI language: zod's own locale for its built-in issues
 * ("Zu kurz: …"), our catalogue for the keys custom messages name. Only the Standard Schema entry point that
 * next-safe-action calls is replaced; the schema's types and methods stay those of the original.
 */
export function withLocalizedIssues<S extends z.ZodType>(schema: S): S {
  const localized = Object.create(schema) as S;
  Object.defineProperty(localized, "~standard", {
    value: { ...schema["~standard"], validate: (value: unknown) => validateLocalized(schema, value) },
  });
  return localized;
}

async function validateLocalized(schema: z.ZodType, value: unknown) {
  const result = await safeParseLocalized(schema, value);
  return result.success ? { value: result.data } : { issues: result.issues };
}

/**
 * Parses with the messages in this request's UI language (route handlers the browser calls use it directly; actions
 * through withLocalizedIssues).
 */
export async function safeParseLocalized<S extends z.ZodType>(
  schema: S,
  value: unknown,
): Promise<{ success: true; data: z.output<S> } | { success: false; issues: z.core.$ZodIssue[] }> {
  const locale = await uiLocaleOrDefault();
  const result = await schema.safeParseAsync(value, { error: ZOD_LOCALES[locale]().localeError });
  if (result.success) return { success: true, data: result.data };
  const translate = await validationTranslator(locale);
  return { success: false, issues: result.error.issues.map((issue) => ({ ...issue, message: renderIssueMessage(translate, issue) })) };
}

async function validationTranslator(locale: UiLocale) {
  // Keys arrive as data (the schema's message), not as literals the translator's types could check.
  return createTranslator({ locale, messages: await loadMessages(locale) }) as unknown as (key: string, values: Record<string, string | number>) => string;
}
