"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { purgeNowAction } from "@/app/(app)/[workspace]/admin/data-protection/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
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
  const t = useTranslations("dataProtection.purge");
  const errorText = useActionErrorText();
  const purge = useAction(purgeNowAction, { onSuccess: () => router.refresh() });
  const error = errorText(purge.result);
  const removed = view.lastCounts.filter(([, count]) => count > 0);

  return (
    <section aria-labelledby="purge-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="purge-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t.rich("description", { code: (chunks) => <code>{chunks}</code> })}</p>
      <p className="mt-2 text-sm">
        {view.lastPurgedAt ? t("last", { time: view.lastPurgedAt }) : t("never")}{" "}
        {view.lastPurgedAt ? (removed.length ? "" : t("nothingOld")) : null}
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
          {t("now")}
        </Button>
        {view.pending ? (
          <span className="text-sm text-slate-700">
            {view.pending.status === "running" ? t("running", { since: view.pending.since }) : t("queued", { since: view.pending.since })}
          </span>
        ) : null}
      </div>
      <div aria-live="polite">{error ? <Alert tone="error">{error}</Alert> : null}</div>
    </section>
  );
}
