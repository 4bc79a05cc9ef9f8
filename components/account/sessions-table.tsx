"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { revokeSessionAction, signOutEverywhereAction } from "@/app/(account)/account/actions";
import { describeActionError } from "@/components/ui/action-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
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
        <Button
          variant="danger"
          disabled={everywhere.isPending || everywhere.hasSucceeded}
          onClick={() => {
            if (window.confirm("Sign out of every browser, this one included?")) everywhere.execute({});
          }}
        >
          {everywhere.isPending ? "Signing out…" : "Sign out everywhere"}
        </Button>
      </div>
      <div className="mt-3" aria-live="polite">
        {error ? <Alert tone="error">{error}</Alert> : null}
      </div>
      {sessions.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">No active sessions.</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="sessions-table">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">Device</th>
                <th scope="col" className="py-2 pr-4 font-medium">Signed in</th>
                <th scope="col" className="py-2 pr-4 font-medium">Last active</th>
                <th scope="col" className="py-2 pr-4 font-medium">IP address</th>
                <th scope="col" className="py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id} className="border-b border-slate-100 last:border-0">
                  <td className="py-2 pr-4">
                    {session.device}
                    <span className="text-slate-500"> · {session.method === "oidc" ? "SSO" : "password"}</span>
                    {session.isCurrent ? (
                      <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-900">This device</span>
                    ) : null}
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap">{formatTime(session.createdAt)}</td>
                  <td className="py-2 pr-4 whitespace-nowrap">{formatTime(session.lastSeenAt)}</td>
                  <td className="py-2 pr-4">{session.ip ?? "unknown"}</td>
                  <td className="py-2 text-right">
                    <Button
                      variant="secondary"
                      disabled={revoke.isPending}
                      aria-label={`Sign out ${session.device}${session.isCurrent ? " (this device)" : ""}`}
                      onClick={() => revoke.execute({ sessionId: session.id })}
                    >
                      Sign out
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
