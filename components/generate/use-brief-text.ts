"use client";

import { useMemo } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { BriefInput } from "@/lib/assets/generate/brief";
import type { BriefErrorText } from "./brief-values";
import type { ProductOption } from "./product-groups";
import { useAssetKindLabel } from "./use-asset-kind-label";

type BriefTranslator = ReturnType<typeof useTranslations<"generate.briefForm">>;

/** The brief form's error sentences from the catalogue; a pure builder so tests use the real messages. */
export function briefErrorTextFrom(t: BriefTranslator, kindLabel: (kind: AssetKind) => string, list: (items: string[]) => string): BriefErrorText {
  return {
    chooseChannel: t("errors.chooseChannel"),
    productOnly: (kinds) => t("errors.productOnly", { kinds: list(kinds.map(kindLabel)) }),
    productOrTopic: t("errors.productOrTopic"),
    tooLong: (max) => t("errors.tooLong", { max }),
    tooManyKeywords: (max, count) => t("errors.tooManyKeywords", { max, count }),
    keywordTooLong: (max) => t("errors.keywordTooLong", { max }),
    landingPageHttps: t("errors.landingPageHttps"),
  };
}

/** "A, B and C" in the member's language (Intl.ListFormat). */
export function useListText(type: "conjunction" | "unit" = "conjunction") {
  const locale = useLocale();
  return useMemo(() => {
    const format = new Intl.ListFormat(locale, { type, style: "long" });
    return (items: string[]) => format.format(items);
  }, [locale, type]);
}

export function useBriefErrorText(): BriefErrorText {
  const t = useTranslations("generate.briefForm");
  const kindLabel = useAssetKindLabel();
  const list = useListText();
  return useMemo(() => briefErrorTextFrom(t, kindLabel, list), [t, kindLabel, list]);
}

/** How a stored brief is named in the pickers: its product or topic, then channels and language. */
export function useBriefLabel(products: readonly ProductOption[]) {
  const t = useTranslations("generate.briefLibrary");
  const kindLabel = useAssetKindLabel();
  return (brief: BriefInput) => {
    const subject = products.find((p) => p.id === brief.productSourceId)?.title ?? (brief.topic || t("productGone"));
    return t("briefLabel", { subject, kinds: brief.assetKinds.map(kindLabel).join(", "), language: brief.language.toUpperCase() });
  };
}
