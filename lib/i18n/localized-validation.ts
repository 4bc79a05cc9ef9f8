import "server-only";
import { z } from "zod";
import { createTranslator } from "use-intl/core";
import { DEFAULT_UI_LOCALE, type UiLocale } from "./locales";
import { loadMessages } from "./messages";
import { getRequestUiLocale } from "./request-locale";

/** Custom messages in input schemas are message keys below `validation` (`{ error: "validation.required" }`). */
const VALIDATION_KEY = /^validation\.[A-Za-z0-9_.]+$/;

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
  const locale = await uiLocaleOrDefault();
  const result = await schema.safeParseAsync(value, { error: ZOD_LOCALES[locale]().localeError });
  if (result.success) return { value: result.data };
  const translate = await validationTranslator(locale);
  return {
    issues: result.error.issues.map((issue) => ({
      ...issue,
      message: VALIDATION_KEY.test(issue.message) ? translate(issue.message, issue) : issue.message,
    })),
  };
}

/** The request's UI language, or English outside a request (scripts, direct calls in tests). */
export async function uiLocaleOrDefault(): Promise<UiLocale> {
  try {
    return await getRequestUiLocale();
  } catch {
    // Outside a request (scripts, the entry-point registry's direct calls): English.
    return DEFAULT_UI_LOCALE;
  }
}

async function validationTranslator(locale: UiLocale) {
  const translate = createTranslator({ locale, messages: await loadMessages(locale) });
  // An issue's own fields (minimum, maximum, …) are the message's ICU arguments.
  return (key: string, issue: z.core.$ZodIssue) =>
    (translate as unknown as (key: string, values: Record<string, unknown>) => string)(key, issueArguments(issue));
}

function issueArguments(issue: z.core.$ZodIssue): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(issue)) {
    if (typeof value === "string" || typeof value === "number") values[name] = value;
    if (typeof value === "bigint") values[name] = Number(value);
  }
  return values;
}
