"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { revokeSessionAction, signOutEverywhereAction } from "@/app/(account)/account/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/inline-confirm";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";
import { leaveEndedSession } from "./end-session";

export type SessionRow = {
  id: string;
  device: string;
  method: string;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
  isCurrent: boolean;
};

export function SessionsTable({ sessions }: { sessions: SessionRow[] }) {
  const router = useRouter();
  const t = useTranslations("account.sessions");
  const tCommon = useTranslations("common");
  const format = useFormatter();
  const errorText = useActionErrorText();
  const formatTime = (iso: string) => tCommon("timeZoneSuffix", { time: format.dateTime(new Date(iso), "dateTime") });
  const revoke = useAction(revokeSessionAction, {
    onSuccess: ({ data }) => {
      if (sessions.find((session) => session.id === data?.sessionId)?.isCurrent) void leaveEndedSession("session_revoked");
      else router.refresh();
    },
  });
  const everywhere = useAction(signOutEverywhereAction, { onSuccess: () => leaveEndedSession("signed_out_everywhere") });
  const error = errorText(revoke.result) ?? errorText(everywhere.result);

  return (
    <section aria-labelledby="sessions-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="sessions-heading" className="text-lg font-medium">
            {t("heading")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t("description")}</p>
        </div>
        <ConfirmButton
          label={everywhere.isPending ? t("signingOut") : t("signOutEverywhere")}
          disabled={everywhere.hasSucceeded}
          isPending={everywhere.isPending}
          question={t("everywhereQuestion")}
          consequence={t("everywhereConsequence")}
          confirmLabel={t("everywhereConfirm")}
          testId="sign-out-everywhere-confirm"
          onConfirm={() => everywhere.execute({})}
        />
      </div>
      <div className="mt-3" aria-live="polite">
        {error ? <Alert tone="error">{error}</Alert> : null}
      </div>
      {sessions.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <Table density="flush" data-testid="sessions-table">
            <TableHead shaded={false}>
              <HeaderCell>{t("columns.device")}</HeaderCell>
              <HeaderCell>{t("columns.signedIn")}</HeaderCell>
              <HeaderCell>{t("columns.lastActive")}</HeaderCell>
              <HeaderCell>{t("columns.ip")}</HeaderCell>
              <HeaderCell>
                <span className="sr-only">{t("columns.actions")}</span>
              </HeaderCell>
            </TableHead>
            <TableBody>
              {sessions.map((session) => (
                <TableRow key={session.id}>
                  <TableCell>
                    {session.device}
                    <span className="text-slate-500"> · {session.method === "oidc" ? t("method.oidc") : t("method.password")}</span>
                    {session.isCurrent ? (
                      <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-900">{t("thisDevice")}</span>
                    ) : null}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">{formatTime(session.createdAt)}</TableCell>
                  <TableCell className="whitespace-nowrap">{formatTime(session.lastSeenAt)}</TableCell>
                  <TableCell>{session.ip ?? t("unknownIp")}</TableCell>
                  <TableCell className="text-right">
                    <Button
                      variant="secondary"
                      disabled={revoke.isPending}
                      aria-label={session.isCurrent ? t("signOutCurrentLabel", { device: session.device }) : t("signOutLabel", { device: session.device })}
                      onClick={() => revoke.execute({ sessionId: session.id })}
                    >
                      {t("signOut")}
                    </Button>
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
