"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import { AssetFields } from "./asset-fields";
import { toAssetDraft } from "./asset-draft";
import { FieldContextProvider } from "./field-context";

const noop = () => {};

/** The model's text as it arrives, read-only, in the same layout the finished draft will use. */
export function StreamingBody({ kind, partial }: { kind: AssetKind; partial: unknown }) {
  const t = useTranslations("generate.card");
  const idPrefix = useId();
  if (partial === null || partial === undefined) {
    return <p className="text-sm text-slate-600">{t("waiting")}</p>;
  }
  return (
    <FieldContextProvider value={{ idPrefix, issues: [], sources: [], readOnly: true, streaming: true }}>
      <AssetFields draft={toAssetDraft(kind, partial)} onChange={noop} />
    </FieldContextProvider>
  );
}
