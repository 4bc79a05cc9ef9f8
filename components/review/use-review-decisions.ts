"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { approveAssetAction, archiveAssetAction, publishAssetAction, requestChangesAction } from "@/app/(app)/[workspace]/review/actions";
import { submitAssetForReviewAction } from "@/app/(app)/[workspace]/generate/actions";
import type { describeActionError } from "@/components/ui/action-error";
import { useActionErrorText } from "@/components/ui/use-action-error-text";

export type Decision = "submit" | "request_changes" | "approve" | "publish" | "archive";
export type DecisionFeedback = { tone: "success" | "error"; decision: Decision; assetId: string; message: string } | null;

/**
 * The workflow actions as one object for the queue and the asset page. Each outcome becomes one
 * sentence (refusals such as four eyes come from the server in words), and a success refreshes
 * the server-rendered page so counts, rows and history follow.
 */
export function useReviewDecisions(
  workspaceId: string,
  options: { describe?: (assetId: string) => string; onSuccess?: (decision: Decision, assetId: string) => void } = {},
) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<DecisionFeedback>(null);
  const t = useTranslations("review.decisions");
  const errorText = useActionErrorText();
  const name = (assetId: string) => options.describe?.(assetId) ?? "";

  function callbacks(decision: Decision) {
    return {
      onExecute: () => setFeedback(null),
      onSuccess: ({ input }: { input: { assetId: string } }) => {
        const title = name(input.assetId);
        setFeedback({ tone: "success", decision, assetId: input.assetId, message: title ? t("doneWithTitle", { decision, title }) : t("done", { decision }) });
        options.onSuccess?.(decision, input.assetId);
        router.refresh();
      },
      onError: ({ error, input }: { error: Parameters<typeof describeActionError>[0]; input: { assetId: string } }) => {
        setFeedback({ tone: "error", decision, assetId: input.assetId, message: errorText(error) ?? t("failed") });
      },
    };
  }

  const submit = useAction(submitAssetForReviewAction, callbacks("submit"));
  const requestChanges = useAction(requestChangesAction, callbacks("request_changes"));
  const approve = useAction(approveAssetAction, callbacks("approve"));
  const publish = useAction(publishAssetAction, callbacks("publish"));
  const archive = useAction(archiveAssetAction, callbacks("archive"));
  const pending = submit.isPending || requestChanges.isPending || approve.isPending || publish.isPending || archive.isPending;

  return {
    feedback,
    clearFeedback: () => setFeedback(null),
    pending,
    submit: (assetId: string) => submit.execute({ workspaceId, assetId }),
    // `version`: the version on screen; the server refuses a decision on a version saved since.
    requestChanges: (assetId: string, version: number, comment: string) => requestChanges.execute({ workspaceId, assetId, comment, expectedVersion: version }),
    approve: (assetId: string, version: number, extra: { comment?: string; overrideReason?: string } = {}) =>
      approve.execute({ workspaceId, assetId, expectedVersion: version, ...extra }),
    publish: (assetId: string, version: number) => publish.execute({ workspaceId, assetId, expectedVersion: version }),
    archive: (assetId: string, comment?: string) => archive.execute({ workspaceId, assetId, ...(comment ? { comment } : {}) }),
  };
}

export type ReviewDecisions = ReturnType<typeof useReviewDecisions>;
