import { fieldLabel, type ActionValidationErrors } from "@/lib/authz/validation-errors";
import type { DisplayableError } from "@/lib/errors";
import { renderEnglishErrorMessage } from "@/lib/i18n/error-messages";

/**
 * Renders a message of the `errors` namespace in the reader's language: `(key, params) => t(key, params)` with
 * `useTranslations("errors")` (see useActionErrorText). Without one, the server's English sentence is used.
 */
export type ErrorTranslator = (key: string, params?: Record<string, string | number>) => string;

/**
 * Turns an action result's error into one sentence for the person who clicked. A server error is rendered from its
 * key and parameters; validation errors arrive already in the member's language (lib/i18n/localized-validation.ts)
 * and are listed in full (nested ones already say where they sit); a field refused without a message is named by
 * its label, never by its raw path.
 */
export function describeActionError(
  result: {
    serverError?: DisplayableError | undefined;
    validationErrors?: ActionValidationErrors | undefined;
  },
  translate?: ErrorTranslator,
): string | null {
  if (result.serverError) return describeServerError(result.serverError, translate);
  if (!result.validationErrors) return null;
  const { formErrors, fieldErrors } = result.validationErrors;
  const fieldMessages = Object.entries(fieldErrors).flatMap(([key, messages]) => {
    const present = (messages ?? []).filter((message) => message.trim().length > 0);
    if (present.length > 0) return present.map((message) => ensureSentence(message));
    return [(translate ?? renderEnglishErrorMessage)("form.fieldInvalid", { field: fieldLabel(key) })];
  });
  const all = [...formErrors.map(ensureSentence), ...unique(fieldMessages)];
  if (all.length > 0) return all.join(" ");
  return (translate ?? renderEnglishErrorMessage)("form.refusedWithoutReason", {});
}

/** A server error in the reader's language: its own key, else its code's generic sentence. */
export function describeServerError(error: DisplayableError, translate?: ErrorTranslator): string {
  if (!translate) return error.message;
  return translate(error.key ?? `code.${error.code}`, error.params ?? {});
}

function ensureSentence(message: string) {
  const trimmed = message.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function unique(messages: string[]) {
  return [...new Set(messages)];
}
