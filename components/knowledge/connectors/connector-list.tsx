import { useTranslations } from "next-intl";
import { useUtcDateTime } from "@/components/assets/use-utc-date-time";
import type { ConnectorView } from "@/lib/knowledge/connectors/queries";
import { ConnectorControls } from "./connector-controls";
import { SyncHistory } from "./sync-history";

/** Websites and feed URLs the knowledge base keeps in sync: progress, pages indexed, schedule and history. */
export function ConnectorList({ workspaceId, connectors, canWrite }: { workspaceId: string; connectors: ConnectorView[]; canWrite: boolean }) {
  const t = useTranslations("knowledge.connectors");
  const dateTime = useUtcDateTime();
  return (
    <section aria-labelledby="connectors-heading">
      <h2 id="connectors-heading" className="mb-3 text-lg font-medium">
        {t("list.title", { count: connectors.length })}
      </h2>
      {connectors.length === 0 ? (
        <p className="text-sm text-slate-600">{t("list.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {connectors.map((connector) => (
            <li key={connector.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="connector">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <h3 className="font-medium">
                    {connector.name} <span className="text-sm font-normal text-slate-600">({t(`list.kind.${connector.kind}`)})</span>
                  </h3>
                  <p className="text-sm break-all text-slate-600">{connector.url}</p>
                </div>
                {canWrite ? <ConnectorControls workspaceId={workspaceId} connectorId={connector.id} name={connector.name} isPaused={connector.isPaused} isSyncing={connector.isSyncing} /> : null}
              </div>
              <p className="mt-2 text-sm" data-testid="connector-status">
                {connector.isSyncing ? <span role="status">{t("list.syncing", { fetched: connector.progress.fetched, seen: connector.progress.seen })} </span> : null}
                {connector.kind === "website" ? <span data-testid="pages-indexed">{t("list.pagesIndexed", { count: connector.indexedPages })} </span> : null}
                {connector.isPaused ? t("list.paused") : t("list.schedule", { schedule: t(`schedules.${connector.schedule}`) })}
                {connector.nextSyncAt && !connector.isPaused ? ` ${t("list.nextSync", { time: dateTime(connector.nextSyncAt) })}` : ""}
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
