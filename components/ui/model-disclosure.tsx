import { useTranslations } from "next-intl";
import type { ModelDisclosure, RedactionCount } from "@/lib/ai/disclosure";
import english from "@/messages/en.json";

/** @deprecated The English badge text, for code that still compares against it; the badge itself is translated. */
export const LOCAL_EXTRACTIVE_LABEL = english.ui.modelDisclosure.localExtractive;

/** True for the built-in extractive model's ids (`local:extractive-v1`). */
export const isLocalExtractiveModel = (model: string | null | undefined) => Boolean(model && /^local:extractive/.test(model));

/**
 * Names the local extractive writer plainly wherever its output appears: it only recombines
 * source sentences, and calling that "AI-generated" would oversell it.
 */
export function LocalExtractiveBadge() {
  const t = useTranslations("ui.modelDisclosure");
  return (
    <p className="inline-block rounded-full border border-slate-300 bg-slate-100 px-3 py-1 text-xs font-medium text-slate-800" data-testid="local-extractive-badge">
      {t("localExtractive")}
    </p>
  );
}

const REDACTION_TYPES = ["email", "phone", "iban", "card", "person", "address", "date_of_birth", "handle", "tax_id", "personal_data"] as const;
type RedactionType = (typeof REDACTION_TYPES)[number];
const isRedactionType = (value: string): value is RedactionType => (REDACTION_TYPES as readonly string[]).includes(value);

/**
 * What was sent to whom for one result (generated asset, field rewrite, knowledge answer): the
 * same sentences for every path (local, hosted, fallback after failures, cache), in the reader's
 * language (the English wording matches lib/ai/disclosure.ts's describeModelUse). Results saved
 * before disclosures were recorded say only what is known, never "nothing was sent".
 */
export function PrivacyNote({ privacy, model }: { privacy: ModelDisclosure | null; model: string | null }) {
  const t = useTranslations("ui.privacyNote");
  const sentences = privacy ? privacySentences(t, privacy) : [t("notRecorded", { model: model ?? t("unknownModel") })];
  return (
    <p className="text-xs text-slate-600" data-testid="privacy-note">
      {sentences.join(" ")}
    </p>
  );
}

type PrivacyTranslator = ReturnType<typeof useTranslations<"ui.privacyNote">>;

function privacySentences(t: PrivacyTranslator, disclosure: ModelDisclosure): string[] {
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

function redactionPhrase(t: PrivacyTranslator, { type, count }: RedactionCount): string {
  const normalized = type.toLowerCase().replace(/[\s-]+/g, "_");
  if (isRedactionType(normalized)) return t(`redaction.${normalized}`, { count });
  return t("redaction.other", { count, type: type.toLowerCase().replace(/_/g, " ") });
}
