import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useUtcDateTime } from "@/components/assets/use-utc-date-time";
import type { ConnectorView } from "@/lib/knowledge/connectors/queries";

type Sync = ConnectorView["history"][number];

/**
 * The last syncs of a connector, each with what it changed (the per-URL list folded away). Counts, statuses and
 * headings are messages; a sync's error and the per-URL reasons are records stored as written and shown as they are.
 */
export function SyncHistory({ history }: { history: Sync[] }) {
  const t = useTranslations("knowledge.connectors.history");
  const dateTime = useUtcDateTime();
  if (history.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;

  function summary(sync: Sync): string {
    if (sync.status === "running") return t("running");
    if (sync.error) return t("failed", { error: sync.error });
    return t("counts", { added: sync.added, changed: sync.changed, removed: sync.removed, failed: sync.failed, unchanged: sync.unchanged });
  }

  return (
    <ol className="space-y-1 text-sm" aria-label={t("label")}>
      {history.map((sync) => (
        <li key={sync.id}>
          <details>
            <summary className="cursor-pointer">
              <span className="text-slate-600">{dateTime(sync.startedAt)}</span> · {t(`trigger.${sync.trigger}`)} · <span data-testid="sync-summary">{summary(sync)}</span>
            </summary>
            {sync.report.length > 0 ? (
              <ul className="mt-1 ml-4 list-disc text-slate-700">
                {sync.report.map((entry, index) => {
                  const values = {
                    change: t(`change.${entry.change}`),
                    url: entry.url,
                    address: (chunks: ReactNode) => <span className="break-all">{chunks}</span>,
                  };
                  return <li key={index}>{entry.reason ? t.rich("lineWithReason", { ...values, reason: entry.reason }) : t.rich("line", values)}</li>;
                })}
              </ul>
            ) : null}
          </details>
        </li>
      ))}
    </ol>
  );
}
