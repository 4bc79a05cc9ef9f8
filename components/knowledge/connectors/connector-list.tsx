import { formatDateTime } from "@/components/assets/format-time";
import type { ConnectorView } from "@/lib/knowledge/connectors/queries";
import { SCHEDULE_LABELS } from "./connector-fields";
import { ConnectorControls } from "./connector-controls";
import { SyncHistory } from "./sync-history";

/** Websites and feed URLs the knowledge base keeps in sync: progress, pages indexed, schedule and history. */
export function ConnectorList({ workspaceId, connectors, canWrite }: { workspaceId: string; connectors: ConnectorView[]; canWrite: boolean }) {
  return (
    <section aria-labelledby="connectors-heading">
      <h2 id="connectors-heading" className="mb-3 text-lg font-medium">
        Websites and feed URLs ({connectors.length})
      </h2>
      {connectors.length === 0 ? (
        <p className="text-sm text-slate-600">None yet. Add a website or a product feed URL below to keep their content in sync.</p>
      ) : (
        <ul className="space-y-3">
          {connectors.map((connector) => (
            <li key={connector.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="connector">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <h3 className="font-medium">
                    {connector.name} <span className="text-sm font-normal text-slate-600">({connector.kind === "website" ? "website" : "feed URL"})</span>
                  </h3>
                  <p className="text-sm break-all text-slate-600">{connector.url}</p>
                </div>
                {canWrite ? <ConnectorControls workspaceId={workspaceId} connectorId={connector.id} name={connector.name} isPaused={connector.isPaused} isSyncing={connector.isSyncing} /> : null}
              </div>
              <p className="mt-2 text-sm" data-testid="connector-status">
                {connector.isSyncing ? (
                  <span role="status">
                    Syncing: {connector.progress.fetched} of {connector.progress.seen} pages fetched.{" "}
                  </span>
                ) : null}
                {connector.kind === "website" ? <span data-testid="pages-indexed">{connector.indexedPages} pages indexed. </span> : null}
                {connector.isPaused ? "Paused." : SCHEDULE_LABELS[connector.schedule] + "."}
                {connector.nextSyncAt && !connector.isPaused ? ` Next sync ${formatDateTime(connector.nextSyncAt)}.` : ""}
              </p>
              <div className="mt-2">
                <SyncHistory history={connector.history} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
