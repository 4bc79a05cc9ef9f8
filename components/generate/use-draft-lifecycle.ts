"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { archiveDraftAction, restoreDraftAction } from "@/app/(app)/[workspace]/generate/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";

export type DraftLifecycle = "saved" | "submitted" | "discarded";

/**
 * Where a fresh result stands after generation. Results are kept as drafts as they arrive (see
 * README "Draft lifecycle"); Discard archives one, so it leaves the library but can be restored.
 */
export function useDraftLifecycle(workspaceId: string, assetId: string | null) {
  const [lifecycle, setLifecycle] = useState<DraftLifecycle>("saved");
  const errorText = useActionErrorText();
  const discard = useAction(archiveDraftAction, { onSuccess: () => setLifecycle("discarded") });
  const restore = useAction(restoreDraftAction, { onSuccess: () => setLifecycle("saved") });
  return {
    lifecycle,
    markSubmitted: () => setLifecycle("submitted"),
    discard: () => assetId && discard.execute({ workspaceId, assetId, reason: "discard" }),
    restore: () => assetId && restore.execute({ workspaceId, assetId }),
    isBusy: discard.isPending || restore.isPending,
    error: errorText(discard.result) ?? errorText(restore.result),
  };
}
