"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import { useServerErrorText } from "@/components/ui/use-action-error-text";
import type { ErrorBodyText } from "./error-response";
import type { GenerationText } from "./generation-state";
import { useAssetKindLabel } from "./use-asset-kind-label";

type StatusTranslator = ReturnType<typeof useTranslations<"generate.status">>;

/** The reducer's sentences from the `generate.status` messages; a pure builder so tests use the real catalogue. */
export function generationTextFrom(t: StatusTranslator, kindLabel: (kind: AssetKind) => string, serverError: (error: Parameters<GenerationText["failed"]>[1]) => string): GenerationText {
  return {
    sending: t("sending"),
    writing: (kind) => t("writing", { kind: kindLabel(kind) }),
    ready: (kind, counts) => t("ready", { kind: kindLabel(kind), issues: issueCountsText(t, counts) }),
    failed: (kind, error) => t("failed", { kind: kindLabel(kind), error: serverError(error) }),
    finished: (ready, total) => t("finished", { ready, total }),
    connectionEnded: t("connectionEnded"),
    runCutOff: t("runCutOff"),
    stopped: t("stopped"),
    runStopped: t("runStopped"),
    networkFailed: t("networkFailed"),
  };
}

/** "Valid" when nothing is wrong, otherwise "2 errors, 1 warning": the words the summary and announcements share. */
export function issueCountsText(t: StatusTranslator, counts: { errors: number; warnings: number }): string {
  if (counts.errors === 0 && counts.warnings === 0) return t("valid");
  return t("issueCounts", counts);
}

export function useGenerationText(): GenerationText {
  const t = useTranslations("generate.status");
  const kindLabel = useAssetKindLabel();
  const serverError = useServerErrorText();
  return useMemo(() => generationTextFrom(t, kindLabel, serverError), [t, kindLabel, serverError]);
}

/** "2 errors, 1 warning" in the member's language. */
export function useIssueCountsText() {
  const t = useTranslations("generate.status");
  return (counts: { errors: number; warnings: number }) => issueCountsText(t, counts);
}

/** How a refused generate request reads: the server's error in the member's language, or the HTTP status. */
export function useErrorBodyText(): ErrorBodyText {
  const t = useTranslations("generate.status");
  const serverError = useServerErrorText();
  return useMemo(() => ({ server: serverError, httpFailed: (status) => t("httpFailed", { status }) }), [t, serverError]);
}
