import type { ModelDisclosure, RedactionCount } from "./disclosure";

/**
 * A translator for the `ui.privacyNote` messages: next-intl's `useTranslations("ui.privacyNote")` in a
 * component, an English one for logs and tests (describeModelUse). Keys and values arrive as data here,
 * so the type is the plain call shape rather than the catalogue-checked one.
 */
export type PrivacyNoteTranslate = (key: string, values?: Record<string, string | number>) => string;

const REDACTION_TYPES = new Set(["email", "phone", "iban", "card", "person", "address", "date_of_birth", "handle", "tax_id", "personal_data"]);

/**
 * The privacy note's sentences, the same for every path (local extractive, hosted, self-hosted,
 * fallback, cache): who wrote the result, how many requests left this server and to which
 * provider and model, and what personal data was removed before sending. One place for the
 * logic; the words come from the messages in the reader's language.
 */
export function privacyNoteSentences(t: PrivacyNoteTranslate, disclosure: ModelDisclosure): string[] {
  const modelPhrase = (modelId: string) =>
    /^local:extractive/.test(modelId) ? t("model.localExtractive", { model: modelId }) : modelId.startsWith("local:") ? t("model.local", { model: modelId }) : modelId;
  const sentences: string[] = [];
  const leaving = disclosure.requests.filter((request) => request.hosting !== "local");
  const total = leaving.reduce((sum, request) => sum + request.count, 0);

  if (disclosure.fromCache) {
    sentences.push(disclosure.model ? t("fromCacheBy", { model: modelPhrase(disclosure.model) }) : t("fromCache"));
  } else if (disclosure.model) sentences.push(t("writtenBy", { model: modelPhrase(disclosure.model) }));
  else sentences.push(t("noModel"));

  if (total === 0) {
    sentences.push(disclosure.fromCache ? t("nothingSentCached") : t("nothingSent"));
  } else {
    const parts = leaving.map((request) => {
      const failed = request.modelId !== disclosure.model;
      const values = { count: request.count, model: request.modelId };
      if (request.hosting === "self-hosted") return failed ? t("request.selfHostedFailed", values) : t("request.selfHosted", values);
      return failed ? t("request.hostedFailed", values) : t("request.hosted", values);
    });
    sentences.push(t("sentOutside", { count: total, requests: parts.join(", ") }));
    if (disclosure.model?.startsWith("local:")) sentences.push(t("localFallback"));
  }

  const removed = disclosure.redactions.filter((redaction) => redaction.count > 0);
  sentences.push(removed.length > 0 ? t("removed", { items: removed.map((r) => redactionPhrase(t, r)).join(", ") }) : t("nothingRemoved"));
  return sentences;
}

function redactionPhrase(t: PrivacyNoteTranslate, { type, count }: RedactionCount): string {
  const normalized = type.toLowerCase().replace(/[\s-]+/g, "_");
  if (REDACTION_TYPES.has(normalized)) return t(`redaction.${normalized}`, { count });
  return t("redaction.other", { count, type: type.toLowerCase().replace(/_/g, " ") });
}
