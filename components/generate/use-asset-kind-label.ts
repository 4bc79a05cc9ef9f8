"use client";

import { useCallback } from "react";
import { useTranslations } from "next-intl";
import type { AssetKind } from "@/lib/assets/schemas/asset";

/**
 * An asset kind's name in the member's language (`common.assetKind`, shared with other areas). The labels double as
 * accessible names in the Generate form, so end-to-end tests and screen-reader users see the same words.
 */
export function useAssetKindLabel(): (kind: AssetKind) => string {
  const t = useTranslations("common.assetKind");
  return useCallback((kind: AssetKind) => t(kind), [t]);
}
