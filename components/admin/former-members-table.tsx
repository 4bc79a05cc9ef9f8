"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { eraseFormerMemberAction } from "@/app/(app)/[workspace]/admin/members/actions";
import type { ErasureReport } from "@/lib/data-protection/erasure/erase-personal-data";
import { Alert } from "@/components/ui/alert";
import { ConfirmButton } from "@/components/ui/inline-confirm";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { ErasureReportNotice } from "./erasure-report";

export type FormerMemberRow = { userId: string; name: string; email: string; lastSeenAt: string };

/** People in this workspace's records without a membership whose data was not erased yet. */
export function FormerMembersTable({ workspaceId, formerMembers }: { workspaceId: string; formerMembers: FormerMemberRow[] }) {
  const router = useRouter();
  const t = useTranslations("admin.formerMembers");
  const errorText = useActionErrorText();
  const [report, setReport] = useState<ErasureReport | null>(null);
  const erase = useAction(eraseFormerMemberAction, {
    onSuccess: ({ data }) => {
      if (data) setReport(data);
      router.refresh();
    },
  });
  const error = errorText(erase.result);

  return (
    <section aria-labelledby="former-members-heading">
      <h2 id="former-members-heading" className="mb-1 text-lg font-medium">
        {t("heading")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t("description")}</p>
      <div aria-live="polite" className="mb-3 space-y-2">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {report ? <ErasureReportNotice report={report} onHide={() => setReport(null)} /> : null}
      </div>
      {formerMembers.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-600">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label={t("regionLabel")} tabIndex={0}>
          <Table>
            <TableHead>
              <HeaderCell>{t("columns.person")}</HeaderCell>
              <HeaderCell>{t("columns.lastSeen")}</HeaderCell>
              <HeaderCell><span className="sr-only">{t("columns.actions")}</span></HeaderCell>
            </TableHead>
            <TableBody>
              {formerMembers.map((person) => (
                <TableRow key={person.userId} data-testid={`former-member-${person.email}`}>
                  <TableCell>
                    <div className="font-medium">{person.name}</div>
                    <div className="text-slate-600">{person.email}</div>
                  </TableCell>
                  <TableCell className="whitespace-nowrap">{person.lastSeenAt}</TableCell>
                  <TableCell className="text-right">
                    <ConfirmButton
                      label={t("erase")}
                      ariaLabel={t("eraseLabel", { email: person.email })}
                      isPending={erase.isPending}
                      question={t("eraseQuestion", { email: person.email })}
                      consequence={t("eraseConsequence")}
                      confirmLabel={t("eraseConfirm")}
                      testId="erase-personal-data-confirm"
                      onConfirm={() => erase.execute({ workspaceId, userId: person.userId })}
                    />
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
