"use client";

import { useTranslations } from "next-intl";
import { TextDialog } from "./text-dialog";
import type { ReviewDecisions } from "./use-review-decisions";

export type DialogTarget = {
  id: string;
  title: string;
  errors: number;
  currentVersion: number;
  /** Set when the version's compliance score is below the workspace's minimum to approve. */
  belowMinimum?: { score: number; minimum: number } | null;
};

/** Approving needs an override reason when the version fails validation or scores below the minimum. */
export function needsOverrideReason(target: DialogTarget): boolean {
  return target.errors > 0 || Boolean(target.belowMinimum);
}
export type OpenDialog = { kind: "request_changes" | "override" | "archive"; row: DialogTarget } | null;

/**
 * The decisions that need words: a comment to send an asset back, an override reason to approve
 * a version that fails validation (audited and shown on the asset), an optional note to archive.
 * An error stays inside the open dialog, next to what the person typed.
 */
export function DecisionDialogs({ dialog, decisions, onClose }: { dialog: OpenDialog; decisions: ReviewDecisions; onClose(): void }) {
  const feedback = decisions.feedback;
  const error = dialog && feedback?.tone === "error" && feedback.assetId === dialog.row.id ? feedback.message : null;
  const common = { pending: decisions.pending, error, onClose };
  const t = useTranslations("review.dialogs");
  const below = dialog?.row.belowMinimum;
  const overrideProblem = dialog
    ? dialog.row.errors > 0 && below
      ? t("override.problemBoth", { errors: dialog.row.errors, score: below.score, minimum: below.minimum })
      : below
        ? t("override.problemScore", { score: below.score, minimum: below.minimum })
        : t("override.problemErrors", { errors: dialog.row.errors })
    : "";
  return (
    <>
      <TextDialog
        {...common}
        open={dialog?.kind === "request_changes"}
        title={t("requestChanges.title")}
        description={dialog ? t("requestChanges.description", { title: dialog.row.title }) : null}
        fieldLabel={t("requestChanges.field")}
        required
        submitLabel={t("requestChanges.submit")}
        onSubmit={(text) => dialog && decisions.requestChanges(dialog.row.id, dialog.row.currentVersion, text)}
      />
      <TextDialog
        {...common}
        open={dialog?.kind === "override"}
        title={dialog?.row.errors ? t("override.titleErrors") : t("override.titleScore")}
        description={dialog ? t("override.description", { title: dialog.row.title, problem: overrideProblem }) : null}
        fieldLabel={t("override.field")}
        required
        submitLabel={t("override.submit")}
        onSubmit={(text) => dialog && decisions.approve(dialog.row.id, dialog.row.currentVersion, { overrideReason: text })}
      />
      <TextDialog
        {...common}
        open={dialog?.kind === "archive"}
        title={t("archive.title")}
        description={t("archive.description")}
        fieldLabel={t("archive.field")}
        required={false}
        submitLabel={t("archive.submit")}
        onSubmit={(text) => dialog && decisions.archive(dialog.row.id, text || undefined)}
      />
    </>
  );
}
