import { formatDateTime } from "@/components/assets/format-time";
import type { ConnectorView } from "@/lib/knowledge/connectors/queries";

type Sync = ConnectorView["history"][number];

function summary(sync: Sync): string {
  if (sync.status === "running") return "Running…";
  const counts = `${sync.added} added, ${sync.changed} changed, ${sync.removed} removed, ${sync.failed} failed, ${sync.unchanged} unchanged`;
  return sync.error ? `Failed: ${sync.error}` : counts;
}

/** The last syncs of a connector, each with what it changed (the per-URL list folded away). */
export function SyncHistory({ history }: { history: Sync[] }) {
  if (history.length === 0) return <p className="text-sm text-slate-600">No sync yet.</p>;
  return (
    <ol className="space-y-1 text-sm" aria-label="Sync history">
      {history.map((sync) => (
        <li key={sync.id}>
          <details>
            <summary className="cursor-pointer">
              <span className="text-slate-600">{formatDateTime(sync.startedAt)}</span> · {sync.trigger === "manual" ? "by hand" : "scheduled"} · <span data-testid="sync-summary">{summary(sync)}</span>
            </summary>
            {sync.report.length > 0 ? (
              <ul className="mt-1 ml-4 list-disc text-slate-700">
                {sync.report.map((change, index) => (
                  <li key={index}>
                    {change.change}: <span className="break-all">{change.url}</span>
                    {change.reason ? ` (${change.reason})` : ""}
                  </li>
                ))}
              </ul>
            ) : null}
          </details>
        </li>
      ))}
    </ol>
  );
}
