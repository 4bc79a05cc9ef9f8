"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { resendInvitationAction, revokeInvitationAction } from "@/app/(app)/[workspace]/admin/members/invitation-actions";
import type { Role } from "@/lib/authz/roles";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/inline-confirm";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
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
  const t = useTranslations("admin.invitations");
  const tRoles = useTranslations("common.roles");
  const errorText = useActionErrorText();
  const source = "invitations-table";
  const onError = ({ error }: { error: Parameters<typeof errorText>[0] }) => {
    const message = errorText(error);
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
        {t("heading")}
      </h2>
      <div aria-live="polite" className="mb-3 space-y-2">
        {notice?.source === source ? <InvitationNoticeView notice={notice} /> : null}
      </div>
      {invitations.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label={t("regionLabel")} tabIndex={0}>
          <Table aria-labelledby="invitations-heading">
            <TableHead>
              <HeaderCell>{t("columns.email")}</HeaderCell>
              <HeaderCell>{t("columns.role")}</HeaderCell>
              <HeaderCell>{t("columns.invitedBy")}</HeaderCell>
              <HeaderCell>{t("columns.expires")}</HeaderCell>
              <HeaderCell>{t("columns.state")}</HeaderCell>
              <HeaderCell><span className="sr-only">{t("columns.actions")}</span></HeaderCell>
            </TableHead>
            <TableBody>
              {invitations.map((invitation) => (
                <TableRow key={invitation.id} data-testid={`invitation-${invitation.email}`}>
                  <TableCell>{invitation.email}</TableCell>
                  <TableCell>{tRoles(invitation.role)}</TableCell>
                  <TableCell>{invitation.invitedByName ?? t("formerMember")}</TableCell>
                  <TableCell className="whitespace-nowrap">{invitation.expiresAt}</TableCell>
                  <TableCell>
                    {invitation.state === "valid" ? t("state.waiting") : <span className="font-medium text-red-700">{t("state.expired")}</span>}
                  </TableCell>
                  <TableCell>
                    <div className="flex justify-end gap-2">
                      <Button
                        variant="secondary"
                        disabled={busy}
                        aria-label={t("resendLabel", { email: invitation.email })}
                        onClick={() => resend.execute({ workspaceId, invitationId: invitation.id })}
                      >
                        {t("resend")}
                      </Button>
                      <ConfirmButton
                        label={t("revoke")}
                        ariaLabel={t("revokeLabel", { email: invitation.email })}
                        disabled={busy}
                        question={t("revokeQuestion", { email: invitation.email })}
                        consequence={t("revokeConsequence")}
                        confirmLabel={t("revokeConfirm")}
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
