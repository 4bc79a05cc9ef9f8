import { useTranslations } from "next-intl";
import type { ModelDisclosure } from "@/lib/ai/disclosure";
import { privacyNoteSentences, type PrivacyNoteTranslate } from "@/lib/ai/disclosure-sentences";
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

/**
 * What was sent to whom for one result (generated asset, field rewrite, knowledge answer): the
 * same sentences for every path (local, hosted, fallback after failures, cache), in the reader's
 * language (lib/ai/disclosure-sentences.ts builds them; describeModelUse is the English). Results saved
 * before disclosures were recorded say only what is known, never "nothing was sent".
 */
export function PrivacyNote({ privacy, model }: { privacy: ModelDisclosure | null; model: string | null }) {
  const t = useTranslations("ui.privacyNote");
  const sentences = privacy ? privacyNoteSentences(t as unknown as PrivacyNoteTranslate, privacy) : [t("notRecorded", { model: model ?? t("unknownModel") })];
  return (
    <p className="text-xs text-slate-600" data-testid="privacy-note">
      {sentences.join(" ")}
    </p>
  );
}
