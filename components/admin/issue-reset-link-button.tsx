"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { issueResetLinkAction } from "@/app/(app)/[workspace]/admin/members/reset-link-actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/inline-confirm";

export type IssuedResetLink =
  | { emailed: true; email: string; expiresAt: string }
  | { emailed: false; email: string; expiresAt: string; path: string };

export type ResetLinkOutcome = { kind: "issued"; issued: IssuedResetLink } | { kind: "failed"; message: string };

/**
 * "Reset link" in the members table: issues a single-use link for the member to set a new
 * password. The outcome is shown above the table (ResetLinkNotice), where a link has room; a
 * table cell is too narrow for it on every screen. The admin never sees or chooses a password.
 */
export function IssueResetLinkButton({
  workspaceId,
  userId,
  email,
  onOutcome,
}: {
  workspaceId: string;
  userId: string;
  email: string;
  onOutcome: (outcome: ResetLinkOutcome) => void;
}) {
  const t = useTranslations("admin.resetLink");
  const errorText = useActionErrorText();
  const { execute, isPending } = useAction(issueResetLinkAction, {
    onSuccess: ({ data }) => {
      if (data) onOutcome({ kind: "issued", issued: data });
    },
    onError: ({ error }) => onOutcome({ kind: "failed", message: errorText(error) ?? t("notIssued") }),
  });

  return (
    <ConfirmButton
      label={isPending ? t("issuing") : t("button")}
      ariaLabel={t("buttonLabel", { email })}
      variant="secondary"
      tone="caution"
      isPending={isPending}
      question={t("question", { email })}
      consequence={t("consequence")}
      confirmLabel={t("confirm")}
      testId="reset-link-confirm"
      onConfirm={() => execute({ workspaceId, userId })}
    />
  );
}


/**
 * With mail set up the link goes only to the member ("Reset link sent to …"); otherwise it is
 * shown here once, full width, for the admin to hand over.
 */
export function ResetLinkNotice({ outcome, onHide }: { outcome: ResetLinkOutcome; onHide: () => void }) {
  const [copied, setCopied] = useState(false);
  const t = useTranslations("admin.resetLink");
  const tCommon = useTranslations("common");
  const format = useFormatter();
  const formatExpiry = (iso: string) => tCommon("timeZoneSuffix", { time: format.dateTime(new Date(iso), "dateTime") });
  if (outcome.kind === "failed") return <Alert tone="error">{outcome.message}</Alert>;
  const { issued } = outcome;
  if (issued.emailed) {
    return (
      <Alert tone="success">
        {t("sent", { email: issued.email, expires: formatExpiry(issued.expiresAt) })}
      </Alert>
    );
  }
  const link = new URL(issued.path, window.location.origin).toString();
  return (
    <Alert tone="success">
      <p>
        {t("shown", { email: issued.email, expires: formatExpiry(issued.expiresAt) })}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code data-testid="reset-link" className="min-w-0 break-all font-mono text-xs">
          {link}
        </code>
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(link);
            setCopied(true);
          }}
        >
          {copied ? t("copied") : t("copy")}
        </Button>
        <Button variant="secondary" onClick={onHide}>
          {t("hide")}
        </Button>
      </div>
    </Alert>
  );
}
