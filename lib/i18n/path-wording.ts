import "server-only";
import { createTranslator } from "use-intl/core";
import { ENGLISH_PATH_WORDING, fieldLabel, type PathWording } from "@/lib/authz/validation-errors";
import { loadMessages } from "./messages";
import { uiLocaleOrDefault } from "./request-locale";

/**
 * Nested validation paths in this request's UI language: "Verbotene Begriffe, Eintrag 4: …". Labels come from the
 * `fields` namespace by the schema's key; a key without a label keeps its English words (better than a raw path).
 * German nouns keep their capitals; English lowercases labels after the first, as before.
 */
export async function pathWordingForRequest(): Promise<PathWording> {
  const locale = await uiLocaleOrDefault();
  if (locale === "en") return ENGLISH_PATH_WORDING;
  const messages = await loadMessages(locale);
  const labels: Record<string, string> = messages.fields;
  const translate = createTranslator({ locale, messages, namespace: "errors.form" });
  return {
    label: (key) => labels[key] ?? fieldLabel(key),
    item: (number) => translate("nestedItem", { number }),
  };
}
