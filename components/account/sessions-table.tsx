"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { revokeSessionAction, signOutEverywhereAction } from "@/app/(account)/account/actions";
import { describeActionError } from "@/components/ui/action-error";
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

const formatTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

export function SessionsTable({ sessions }: { sessions: SessionRow[] }) {
  const router = useRouter();
  const revoke = useAction(revokeSessionAction, {
    onSuccess: ({ data }) => {
      if (sessions.find((session) => session.id === data?.sessionId)?.isCurrent) void leaveEndedSession("session_revoked");
      else router.refresh();
    },
  });
  const everywhere = useAction(signOutEverywhereAction, { onSuccess: () => leaveEndedSession("signed_out_everywhere") });
  const error = describeActionError(revoke.result) ?? describeActionError(everywhere.result);

  return (
    <section aria-labelledby="sessions-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="sessions-heading" className="text-lg font-medium">
            Active sessions
          </h2>
          <p className="mt-1 text-sm text-slate-600">Browsers signed in to your account. End any you do not recognise, then change your password.</p>
        </div>
        <ConfirmButton
          label={everywhere.isPending ? "Signing out…" : "Sign out everywhere"}
          disabled={everywhere.hasSucceeded}
          isPending={everywhere.isPending}
          question="Sign out of every browser, this one included?"
          consequence="Every session ends at once; you sign in again here afterwards."
          confirmLabel="Sign out of all browsers"
          testId="sign-out-everywhere-confirm"
          onConfirm={() => everywhere.execute({})}
        />
      </div>
      <div className="mt-3" aria-live="polite">
        {error ? <Alert tone="error">{error}</Alert> : null}
      </div>
      {sessions.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">No active sessions.</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <Table density="flush" data-testid="sessions-table">
            <TableHead shaded={false}>
              <HeaderCell>Device</HeaderCell>
              <HeaderCell>Signed in</HeaderCell>
              <HeaderCell>Last active</HeaderCell>
              <HeaderCell>IP address</HeaderCell>
              <HeaderCell>
                <span className="sr-only">Actions</span>
              </HeaderCell>
            </TableHead>
            <TableBody>
              {sessions.map((session) => (
                <TableRow key={session.id}>
                  <TableCell>
                    {session.device}
                    <span className="text-slate-500"> · {session.method === "oidc" ? "SSO" : "password"}</span>
                    {session.isCurrent ? (
                      <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-900">This device</span>
                    ) : null}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">{formatTime(session.createdAt)}</TableCell>
                  <TableCell className="whitespace-nowrap">{formatTime(session.lastSeenAt)}</TableCell>
                  <TableCell>{session.ip ?? "unknown"}</TableCell>
                  <TableCell className="text-right">
                    <Button
                      variant="secondary"
                      disabled={revoke.isPending}
                      aria-label={`Sign out ${session.device}${session.isCurrent ? " (this device)" : ""}`}
                      onClick={() => revoke.execute({ sessionId: session.id })}
                    >
                      Sign out
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
