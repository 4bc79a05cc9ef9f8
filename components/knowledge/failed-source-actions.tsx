"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { retireSourceAction, retrySourceAction } from "@/app/(app)/[workspace]/knowledge/actions";
import { useTranslations } from "next-intl";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Button } from "@/components/ui/button";

/**
 * Retry and Remove for a source whose newest version failed. Retry is offered only while the
 * upload is kept (a failure in the queue); a file the parser refused must be uploaded again.
 */
export function FailedSourceActions({ workspaceId, sourceId, title, canRetry }: { workspaceId: string; sourceId: string; title: string; canRetry: boolean }) {
  const router = useRouter();
  const [isConfirmingRemoval, setIsConfirmingRemoval] = useState(false);
  const retry = useAction(retrySourceAction, { onSuccess: () => router.refresh() });
  const remove = useAction(retireSourceAction, { onSuccess: () => router.refresh() });
  const t = useTranslations("knowledge.failedSource");
  const errorText = useActionErrorText();
  const error = errorText(retry.result) ?? errorText(remove.result);
  const isPending = retry.isPending || remove.isPending;
  return (
    <div className="mt-2 space-y-1">
      <div className="flex flex-wrap gap-2">
        {canRetry ? (
          <Button variant="secondary" className="min-h-8 px-2 py-1" disabled={isPending} aria-label={t("retryLabel", { title })} onClick={() => retry.execute({ workspaceId, sourceId })}>
            {t("retry")}
          </Button>
        ) : null}
        <Button variant="danger" className="min-h-8 px-2 py-1" disabled={isPending} aria-label={t("removeLabel", { title })} onClick={() => setIsConfirmingRemoval(true)}>
          {t("remove")}
        </Button>
      </div>
      {isConfirmingRemoval ? (
        <div role="group" aria-label={t("confirmLabel", { title })} className="rounded border border-red-200 bg-red-50 p-2 text-xs text-red-900">
          <p>{t("question", { title })}</p>
          <div className="mt-1 flex gap-2">
            <Button variant="danger" className="min-h-8 px-2 py-1" disabled={isPending} onClick={() => remove.execute({ workspaceId, sourceId })}>
              {t("confirm")}
            </Button>
            <Button variant="secondary" className="min-h-8 px-2 py-1" disabled={isPending} onClick={() => setIsConfirmingRemoval(false)}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : null}
      {error ? <p role="alert" className="text-xs text-red-700">{error}</p> : null}
    </div>
  );
}
