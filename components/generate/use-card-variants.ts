"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import type { BriefInput } from "@/lib/assets/generate/brief";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import { archiveDraftAction } from "@/app/(app)/[workspace]/generate/actions";
import { useTranslations } from "next-intl";
import { useActionErrorText, useServerErrorText } from "@/components/ui/use-action-error-text";
import { describeErrorBody } from "./error-response";
import type { ResultEvent } from "./parse-event";
import { readEventStream } from "./read-event-stream";
import { addVariant, initialVariants, keepVariant, nextVariant, repeatsShownDraft, type VariantState } from "./variant-state";
import { useErrorBodyText } from "./use-generation-text";

const GENERATE_URL = "/api/assets/generate";

/**
 * "Another variant" and "Keep this one" for one result card: asks the generate route for the next
 * variant of this kind with the same brief, and archives the variant not kept (through the same
 * archive action as Discard, so it is audited and can be restored from the library).
 */
export function useCardVariants(options: { workspaceId: string; kind: AssetKind; brief: BriefInput | null; first: ResultEvent | null }) {
  const [state, setState] = useState<VariantState | null>(null);
  const [writing, setWriting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const archive = useAction(archiveDraftAction);
  const t = useTranslations("generate.variants");
  const errorText = useActionErrorText();
  const serverErrorText = useServerErrorText();
  const errorBodyText = useErrorBodyText();
  const variants = state ?? (options.first ? initialVariants(options.first) : null);
  const next = variants && options.brief ? nextVariant(variants) : null;

  async function another() {
    if (!variants || next === null || !options.brief) return;
    setWriting(true);
    setError(null);
    try {
      const response = await fetch(GENERATE_URL, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/x-ndjson" },
        body: JSON.stringify({ workspaceId: options.workspaceId, brief: { ...options.brief, assetKinds: [options.kind] }, variant: next, requestId: crypto.randomUUID() }),
      });
      if (!response.ok || !response.body) {
        setError(describeErrorBody(await response.json().catch(() => null), response.status, errorBodyText));
        return;
      }
      let result: ResultEvent | null = null;
      let failure: string | null = null;
      await readEventStream(response.body, (event) => {
        if (event.type === "result") result = event;
        if (event.type === "error") failure = serverErrorText(event.error);
      });
      const written = result as ResultEvent | null;
      if (written) {
        setState(addVariant(variants, next, written));
        if (repeatsShownDraft(variants, written)) setError(t("sameWording", { number: next + 1 }));
      } else setError(failure ?? t("connectionEnded"));
    } catch (cause) {
      console.error("[generate] another variant failed:", cause);
      setError(t("networkFailed"));
    } finally {
      setWriting(false);
    }
  }

  async function keep(which: "current" | "candidate") {
    if (!variants) return;
    const { state: kept, archiveAssetId } = keepVariant(variants, which);
    if (archiveAssetId) {
      const outcome = await archive.executeAsync({ workspaceId: options.workspaceId, assetId: archiveAssetId, reason: "discard" });
      // The other draft stays on the card until it is really archived, so nothing is lost unseen.
      if (!outcome?.data) return;
    }
    setState(kept);
  }

  return {
    variants,
    canAskAnother: next !== null,
    another,
    keep,
    isBusy: writing || archive.isPending,
    isWriting: writing,
    error: error ?? errorText(archive.result),
  };
}
