"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { purgeNowAction } from "@/app/(app)/[workspace]/admin/data-protection/actions";
import { describeActionError } from "@/components/ui/action-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export type PurgeView = {
  lastPurgedAt: string | null;
  /** Rows removed or cleared per table by the last purge. */
  lastCounts: [string, number][];
  /** A purge an admin queued that has not finished yet. */
  pending: { status: string; since: string } | null;
};

/** When the last purge ran and what it did; "Purge now" queues one for this workspace. */
export function PurgePanel({ workspaceId, view }: { workspaceId: string; view: PurgeView }) {
  const router = useRouter();
  const purge = useAction(purgeNowAction, { onSuccess: () => router.refresh() });
  const error = describeActionError(purge.result);
  const removed = view.lastCounts.filter(([, count]) => count > 0);

  return (
    <section aria-labelledby="purge-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="purge-heading" className="text-lg font-medium">
        Purge
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        A daily job applies the periods above to every workspace. Each purge is recorded in the audit log as <code>retention.purge</code> with its counts.
      </p>
      <p className="mt-2 text-sm">
        {view.lastPurgedAt ? `Last purge: ${view.lastPurgedAt}.` : "No purge has run for this workspace yet."}{" "}
        {view.lastPurgedAt ? (removed.length ? "" : "Nothing was older than its period.") : null}
      </p>
      {removed.length ? (
        <ul className="mt-1 list-inside list-disc text-sm text-slate-700">
          {removed.map(([table, count]) => (
            <li key={table}>
              {table.replaceAll("_", " ")}: {count}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-3 flex items-center gap-3">
        <Button type="button" variant="secondary" disabled={purge.isPending || view.pending !== null} onClick={() => purge.execute({ workspaceId })}>
          Purge now
        </Button>
        {view.pending ? (
          <span className="text-sm text-slate-700">
            A purge is {view.pending.status === "running" ? "running" : "queued"} (since {view.pending.since}).
          </span>
        ) : null}
      </div>
      <div aria-live="polite">{error ? <Alert tone="error">{error}</Alert> : null}</div>
    </section>
  );
}
