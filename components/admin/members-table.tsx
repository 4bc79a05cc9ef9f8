"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { changeMemberRoleAction, removeMemberAction } from "@/app/(app)/[workspace]/admin/members/actions";
import { ROLES, type Role } from "@/lib/authz/roles";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import type { ErasureReport } from "@/lib/data-protection/erasure/erase-personal-data";
import { ErasureReportNotice } from "./erasure-report";
import { IssueResetLinkButton, ResetLinkNotice, type ResetLinkOutcome } from "./issue-reset-link-button";
import { RemoveMemberConfirm } from "./remove-member-confirm";
import { ChangeRoleConfirm } from "./change-role-confirm";

export type MemberRow = { userId: string; email: string; name: string; role: Role };

export function MembersTable({
  workspaceId,
  currentUserId,
  members,
}: {
  workspaceId: string;
  currentUserId: string;
  members: MemberRow[];
}) {
  const router = useRouter();
  const t = useTranslations("admin.members");
  const tRoles = useTranslations("common.roles");
  const errorText = useActionErrorText();
  // A role chosen in a row's dropdown waits here until the admin confirms it.
  const [roleChange, setRoleChange] = useState<{ member: MemberRow; role: Role } | null>(null);
  const changeRole = useAction(changeMemberRoleAction, {
    onSuccess: () => {
      setRoleChange(null);
      router.refresh();
    },
    onError: () => setRoleChange(null),
  });
  const [confirming, setConfirming] = useState<MemberRow | null>(null);
  const [erasureReport, setErasureReport] = useState<ErasureReport | null>(null);
  const remove = useAction(removeMemberAction, {
    onSuccess: ({ data }) => {
      setConfirming(null);
      setErasureReport(data?.erasure ?? null);
      router.refresh();
    },
  });
  const error = errorText(changeRole.result) ?? errorText(remove.result);
  // One reset notice at a time, keyed so a new link starts with a fresh "Copy" button.
  const [resetOutcome, setResetOutcome] = useState<{ key: number; outcome: ResetLinkOutcome } | null>(null);

  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading" className="mb-3 text-lg font-medium">
        {t("count", { count: members.length })}
      </h2>
      <div aria-live="polite" className="mb-3 space-y-2">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {erasureReport ? <ErasureReportNotice report={erasureReport} onHide={() => setErasureReport(null)} /> : null}
        {roleChange ? (
          <ChangeRoleConfirm
            key={`${roleChange.member.userId}-${roleChange.role}`}
            email={roleChange.member.email}
            from={roleChange.member.role}
            to={roleChange.role}
            isPending={changeRole.isPending}
            onConfirm={() => changeRole.execute({ workspaceId, userId: roleChange.member.userId, role: roleChange.role })}
            onCancel={() => setRoleChange(null)}
          />
        ) : null}
        {confirming ? (
          <RemoveMemberConfirm
            key={confirming.userId}
            email={confirming.email}
            isPending={remove.isPending}
            onConfirm={({ erasePersonalData }) => remove.execute({ workspaceId, userId: confirming.userId, erasePersonalData })}
            onCancel={() => setConfirming(null)}
          />
        ) : null}
        {resetOutcome ? (
          <ResetLinkNotice key={resetOutcome.key} outcome={resetOutcome.outcome} onHide={() => setResetOutcome(null)} />
        ) : null}
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label={t("regionLabel")} tabIndex={0}>
        <Table>
          <TableHead>
            <HeaderCell>{t("columns.person")}</HeaderCell>
            <HeaderCell>{t("columns.role")}</HeaderCell>
            <HeaderCell><span className="sr-only">{t("columns.actions")}</span></HeaderCell>
          </TableHead>
          <TableBody>
            {members.map((member) => (
              <TableRow key={member.userId} data-testid={`member-${member.email}`}>
                <TableCell>
                  <div className="font-medium">{member.name}</div>
                  <div className="text-slate-600">{member.email}</div>
                </TableCell>
                <TableCell>
                  <label className="sr-only" htmlFor={`role-${member.userId}`}>
                    {t("roleOf", { email: member.email })}
                  </label>
                  <select
                    id={`role-${member.userId}`}
                    value={roleChange?.member.userId === member.userId ? roleChange.role : member.role}
                    disabled={changeRole.isPending}
                    onChange={(event) => {
                      const role = event.target.value as Role;
                      setRoleChange(role === member.role ? null : { member, role });
                    }}
                    className="min-h-10 rounded-md border border-slate-300 bg-white px-2"
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {tRoles(role)}
                      </option>
                    ))}
                  </select>
                </TableCell>
                <TableCell className="text-right">
                  {member.userId === currentUserId ? (
                    <span className="text-slate-500">{t("you")}</span>
                  ) : (
                    <div className="flex flex-wrap items-start justify-end gap-2">
                    <IssueResetLinkButton
                      workspaceId={workspaceId}
                      userId={member.userId}
                      email={member.email}
                      onOutcome={(outcome) => setResetOutcome((current) => ({ key: (current?.key ?? 0) + 1, outcome }))}
                    />
                    <Button
                      variant="danger"
                      disabled={remove.isPending}
                      aria-label={t("removeLabel", { email: member.email })}
                      onClick={() => setConfirming(member)}
                    >
                      {t("remove")}
                    </Button>
                    </div>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
