"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { issueResetLinkAction } from "@/app/(app)/[workspace]/admin/members/reset-link-actions";
import { describeActionError } from "@/components/ui/action-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * "Reset link" in the members table: issues a single-use link for the member to set a new
 * password. With mail set up it goes only to the member ("Reset link sent to …"); otherwise it is
 * shown here once for the admin to hand over. The admin never sees or chooses a password.
 */
function formatExpiry(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

export function IssueResetLinkButton({ workspaceId, userId, email }: { workspaceId: string; userId: string; email: string }) {
  const [copied, setCopied] = useState(false);
  const { execute, result, isPending, hasSucceeded, reset } = useAction(issueResetLinkAction);
  const error = describeActionError(result);
  const issued = hasSucceeded ? result.data : undefined;
  const link = issued && !issued.emailed ? new URL(issued.path, window.location.origin).toString() : null;

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
        {issued?.emailed ? (
          <Alert tone="success">
            Reset link sent to {issued.email}. It works once and expires {formatExpiry(issued.expiresAt)}.
          </Alert>
        ) : null}
        {link && issued ? (
          <Alert tone="success">
            <p>
              Give this link to {issued.email} yourself; it is shown only now, works once and expires {formatExpiry(issued.expiresAt)}.
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
