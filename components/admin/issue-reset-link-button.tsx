"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { issueResetLinkAction } from "@/app/(app)/[workspace]/admin/members/reset-link-actions";
import { describeActionError } from "@/components/ui/action-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * "Reset link" in the members table: issues a single-use link for the member to set a new
 * password, shown here once for the admin to hand over (and mailed when mail is set up).
 * The admin never sees or chooses a password.
 */
export function IssueResetLinkButton({ workspaceId, userId, email }: { workspaceId: string; userId: string; email: string }) {
  const [copied, setCopied] = useState(false);
  const { execute, result, isPending, hasSucceeded, reset } = useAction(issueResetLinkAction);
  const error = describeActionError(result);
  const link = hasSucceeded && result.data ? new URL(result.data.path, window.location.origin).toString() : null;

  async function copy(value: string) {
    await navigator.clipboard.writeText(value);
    setCopied(true);
  }

  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        disabled={isPending}
        aria-label={`Issue a password reset link for ${email}`}
        onClick={() => {
          if (window.confirm(`Issue a link for ${email} to set a new password? Earlier reset links for this account stop working.`)) {
            setCopied(false);
            execute({ workspaceId, userId });
          }
        }}
      >
        {isPending ? "Issuing…" : "Reset link"}
      </Button>
      <div aria-live="polite">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {link && result.data ? (
          <Alert tone="success">
            <p>
              Give this link to {result.data.email} yourself; it is shown only now, works once and expires{" "}
              {new Date(result.data.expiresAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}.
              {result.data.emailed ? " It was also sent to their e-mail address." : ""}
            </p>
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <code data-testid="reset-link" className="break-all font-mono text-xs">
                {link}
              </code>
              <Button variant="secondary" onClick={() => copy(link)}>
                {copied ? "Copied" : "Copy"}
              </Button>
              <Button variant="secondary" onClick={() => reset()}>
                Hide
              </Button>
            </div>
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
