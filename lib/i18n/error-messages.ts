import { createTranslator, type MessageKeys, type NestedKeyOf } from "use-intl/core";
import english from "../../messages/en.json";

type ErrorCatalogue = (typeof english)["errors"];

/** A key below `errors` in messages/en.json, checked by the compiler: `new AppError("conflict", { key: "…" })`. */
export type ErrorMessageKey = MessageKeys<ErrorCatalogue, NestedKeyOf<ErrorCatalogue>>;
/** ICU arguments of an error message; plain values only, so they survive the trip to the browser as JSON. */
export type ErrorMessageParams = Record<string, string | number>;

const translateEnglish = createTranslator({ locale: "en", messages: english, namespace: "errors" });

/**
 * The English sentence of an error message: what logs, the audit log and the REST API carry (they stay
 * language-neutral; a person's UI renders the key in their own language instead).
 */
export function renderEnglishErrorMessage(key: ErrorMessageKey, params: ErrorMessageParams): string {
  // The translator's types want each key's own argument shape; keys and params arrive here as data.
  return (translateEnglish as unknown as (key: string, params: ErrorMessageParams) => string)(key, params);
}
