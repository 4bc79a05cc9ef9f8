"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { resendInvitationAction, revokeInvitationAction } from "@/app/(app)/[workspace]/admin/members/invitation-actions";
import { ROLE_LABELS, type Role } from "@/lib/authz/roles";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/inline-confirm";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";
import { describeActionError } from "@/components/ui/action-error";
import type { InvitationNotice, InvitationNoticeEvent } from "./invitation-notice-state";
import { InvitationNoticeView } from "./issued-invitation-notice";

export type InvitationRow = {
  id: string;
  email: string;
  role: Role;
  invitedByName: string | null;
  /** Formatted on the server (fixed zone), so server and browser render the same text. */
  expiresAt: string;
  state: "valid" | "expired";
};

export function InvitationsTable({
  workspaceId,
  invitations,
  notice,
  onNotice,
}: {
  workspaceId: string;
  invitations: InvitationRow[];
  /** The page's one notice, shown here when this table caused it. */
  notice: InvitationNotice | null;
  onNotice: (event: InvitationNoticeEvent) => void;
}) {
  const router = useRouter();
  const source = "invitations-table";
  const onError = ({ error }: { error: Parameters<typeof describeActionError>[0] }) => {
    const message = describeActionError(error);
    if (message) onNotice({ type: "failed", source, message });
  };
  const resend = useAction(resendInvitationAction, {
    onSuccess: ({ data }) => {
      if (data) onNotice({ type: "issued", source, issued: data });
      router.refresh();
    },
    onError,
  });
  const revoke = useAction(revokeInvitationAction, {
    onSuccess: ({ data }) => {
      if (data) onNotice({ type: "revoked", source, invitation: data });
      router.refresh();
    },
    onError,
  });
  const busy = resend.isPending || revoke.isPending;

  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading" className="mb-3 text-lg font-medium">
        Pending invitations
      </h2>
      <div aria-live="polite" className="mb-3 space-y-2">
        {notice?.source === source ? <InvitationNoticeView notice={notice} /> : null}
      </div>
      {invitations.length === 0 ? (
        <p className="text-sm text-slate-600">No open invitations.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label="Invitations (scrolls sideways)" tabIndex={0}>
          <Table aria-labelledby="invitations-heading">
            <TableHead>
              <HeaderCell>Email</HeaderCell>
              <HeaderCell>Role</HeaderCell>
              <HeaderCell>Invited by</HeaderCell>
              <HeaderCell>Expires</HeaderCell>
              <HeaderCell>State</HeaderCell>
              <HeaderCell><span className="sr-only">Actions</span></HeaderCell>
            </TableHead>
            <TableBody>
              {invitations.map((invitation) => (
                <TableRow key={invitation.id} data-testid={`invitation-${invitation.email}`}>
                  <TableCell>{invitation.email}</TableCell>
                  <TableCell>{ROLE_LABELS[invitation.role]}</TableCell>
                  <TableCell>{invitation.invitedByName ?? "a former member"}</TableCell>
                  <TableCell className="whitespace-nowrap">{invitation.expiresAt}</TableCell>
                  <TableCell>
                    {invitation.state === "valid" ? "Waiting" : <span className="font-medium text-red-700">Expired</span>}
                  </TableCell>
                  <TableCell>
                    <div className="flex justify-end gap-2">
                      <Button
                        variant="secondary"
                        disabled={busy}
                        aria-label={`Resend invitation to ${invitation.email}`}
                        onClick={() => resend.execute({ workspaceId, invitationId: invitation.id })}
                      >
                        Resend
                      </Button>
                      <ConfirmButton
                        label="Revoke"
                        ariaLabel={`Revoke invitation to ${invitation.email}`}
                        disabled={busy}
                        question={`Revoke the invitation to ${invitation.email}?`}
                        consequence="Its link stops working at once."
                        confirmLabel="Confirm revoking"
                        testId="revoke-invitation-confirm"
                        onConfirm={() => revoke.execute({ workspaceId, invitationId: invitation.id })}
                      />
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
