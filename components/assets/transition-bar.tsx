"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { ReviewAction } from "@/lib/review/workflow";
import type { RightsReason } from "./viewer-rights";
import { useRightsReasonText } from "./use-rights-reason-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SoftDisabledButton } from "@/components/generate/soft-disabled-button";
import { DecisionDialogs, needsOverrideReason, type DialogTarget, type OpenDialog } from "@/components/review/decision-dialogs";
import { useReviewDecisions } from "@/components/review/use-review-decisions";

/**
 * The workflow buttons this viewer may use in this state. Decisions act on the saved current
 * version, so they wait while there are unsaved edits (the reason is shown, not just a dimmed
 * button). The server re-checks everything; its refusal (four eyes, a stale state) is shown.
 */
export function TransitionBar({
  workspaceId,
  asset,
  actions,
  dirty,
  fourEyesNote,
  unavailable = [],
}: {
  workspaceId: string;
  asset: DialogTarget;
  actions: ReviewAction[];
  dirty: boolean;
  fourEyesNote: RightsReason | null;
  /** Shown disabled, each with its reason, instead of a button the server would refuse. */
  unavailable?: { action: ReviewAction; reason: RightsReason }[];
}) {
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const decisions = useReviewDecisions(workspaceId, { onSuccess: () => setDialog(null) });
  const hintId = useId();
  const t = useTranslations("assets.workflow");
  const reasonText = useRightsReasonText();
  // After a decision the buttons may all go (a submitted asset leaves its author's hands); the outcome stays visible.
  if (actions.length === 0 && unavailable.length === 0 && !decisions.feedback) return null;

  function run(action: ReviewAction) {
    switch (action) {
      case "submit":
        return decisions.submit(asset.id);
      case "request_changes":
        return setDialog({ kind: "request_changes", row: asset });
      case "approve":
        return needsOverrideReason(asset) ? setDialog({ kind: "override", row: asset }) : decisions.approve(asset.id, asset.currentVersion);
      case "publish":
        return decisions.publish(asset.id, asset.currentVersion);
      case "archive":
        return setDialog({ kind: "archive", row: asset });
    }
  }

  return (
    <section aria-label={t("label")} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        {actions.map((action) => (
          <SoftDisabledButton
            key={action}
            type="button"
            variant={action === "approve" || action === "publish" || action === "submit" ? "primary" : action === "archive" ? "danger" : "secondary"}
            unavailable={decisions.pending || (dirty && action !== "archive")}
            aria-describedby={hintId}
            onClick={() => run(action)}
          >
            {t(`actions.${action}`)}
          </SoftDisabledButton>
        ))}
        {unavailable.map(({ action }) => (
          // Never the primary look: a disabled Approve must not read as the next step.
          <Button key={action} type="button" variant="secondary" disabled aria-describedby={`${hintId}-${action}`}>
            {t(`actions.${action}`)}
          </Button>
        ))}
      </div>
      {unavailable.length > 0 ? (
        <ul className="space-y-0.5 text-sm font-medium text-amber-900" data-testid="unavailable-reasons">
          {unavailable.map(({ action, reason }) => (
            <li key={action} id={`${hintId}-${action}`}>
              {reasonText(reason)}
            </li>
          ))}
        </ul>
      ) : null}
      <p id={hintId} className="text-sm text-slate-600">
        {dirty ? (
          t("saveFirst")
        ) : (
          <>
            {t("appliesTo", { version: asset.currentVersion })}
            {asset.errors > 0 && actions.includes("approve") ? ` ${t("failsValidation")}` : null}
            {asset.belowMinimum && actions.includes("approve") ? ` ${t("belowMinimum", { score: asset.belowMinimum.score, minimum: asset.belowMinimum.minimum })}` : null}
          </>
        )}
      </p>
      {fourEyesNote && unavailable.length === 0 ? <p className="text-sm font-medium text-amber-900">{reasonText(fourEyesNote)}</p> : null}
      <div aria-live="polite" data-testid="workflow-feedback">
        {decisions.feedback && !dialog ? <Alert tone={decisions.feedback.tone}>{decisions.feedback.message}</Alert> : null}
      </div>
      <DecisionDialogs dialog={dialog} decisions={decisions} onClose={() => setDialog(null)} />
    </section>
  );
}
