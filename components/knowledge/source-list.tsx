import Link from "next/link";
import type { SourceListItem } from "@/lib/knowledge/sources/queries";
import { useTranslations } from "next-intl";
import { useKnowledgeLabels } from "./use-knowledge-labels";
import { PersonalDataBadge } from "./personal-data-badge";
import { SourceRoleSelect } from "./source-role-select";
import { FailedSourceActions } from "./failed-source-actions";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";

const STATUS_STYLES: Record<string, string> = {
  ready: "bg-green-100 text-green-800",
  queued: "bg-slate-200 text-slate-800",
  processing: "bg-brand-100 text-brand-900",
  failed: "bg-red-100 text-red-800",
  duplicate: "bg-amber-100 text-amber-900",
  retired: "bg-slate-100 text-slate-600",
};

export function SourceList({ workspaceSlug, workspaceId, sources, canWrite = false }: { workspaceSlug: string; workspaceId?: string; sources: SourceListItem[]; canWrite?: boolean }) {
  const t = useTranslations("knowledge.sources");
  const labels = useKnowledgeLabels();
  if (sources.length === 0) {
    return <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-600">{t("empty")}</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <Table data-testid="source-list">
        <TableHead>
            <HeaderCell>{t("source")}</HeaderCell>
            <HeaderCell>{t("role")}</HeaderCell>
            <HeaderCell>{t("language")}</HeaderCell>
            <HeaderCell>{t("classification")}</HeaderCell>
            <HeaderCell>{t("version")}</HeaderCell>
            <HeaderCell>{t("chunks")}</HeaderCell>
            <HeaderCell>{t("status")}</HeaderCell>
        </TableHead>
        <TableBody>
          {sources.map((source) => {
            const latest = source.latestVersion;
            const isWorking = latest && (latest.status === "queued" || latest.status === "processing");
            const done = latest?.progressDone ?? 0;
            const total = latest?.progressTotal ?? 0;
            const hasFailed = latest?.status === "failed";
            // The queue writes the same sentence to the source and its version: say it once.
            const sourceMessage = source.statusMessage && !(hasFailed && latest?.error && source.statusMessage.endsWith(latest.error)) ? source.statusMessage : null;
            return (
              <TableRow key={source.id} className="align-top" data-testid={`source-${source.title}`}>
                <TableCell>
                  <Link href={`/${workspaceSlug}/knowledge/${source.id}`} className="font-medium text-brand-700 underline">
                    {source.title}
                  </Link>
                  {source.flaggedCount > 0 ? (
                    <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-800" title={t("flaggedHint")}>
                      {t("flagged", { count: source.flaggedCount })}
                    </span>
                  ) : null}
                  <PersonalDataBadge summary={source.personalData} />
                  {sourceMessage ? <div className="mt-1 text-xs text-slate-600">{sourceMessage}</div> : null}
                </TableCell>
                <TableCell>
                  {canWrite && workspaceId && !source.retiredAt ? (
                    <SourceRoleSelect workspaceId={workspaceId} sourceId={source.id} kind={source.kind} isFeedProduct={source.origin === "product_feed"} />
                  ) : (
                    labels.role(source.kind)
                  )}
                </TableCell>
                <TableCell>
                  {source.language ? labels.language(source.language) : "—"}
                  {source.isLanguageDetected ? <span className="text-xs text-slate-500"> {t("detected")}</span> : null}
                </TableCell>
                <TableCell>{labels.classification(source.classification)}</TableCell>
                <TableCell>{source.currentVersion || "—"}</TableCell>
                <TableCell>{source.chunkCount}</TableCell>
                <TableCell data-testid="source-status">
                  <span className={`rounded px-2 py-0.5 text-xs ${STATUS_STYLES[source.status] ?? ""}`}>{labels.status(source.status)}</span>
                  {isWorking ? (
                    <div className="mt-1">
                      <progress className="h-2 w-28" max={Math.max(total, 1)} value={done} aria-label={t("progressLabel", { title: source.title })} />
                      <div className="text-xs text-slate-600">
                        {total > 0 ? t("progress", { done, total }) : t("waitingToStart")}
                      </div>
                    </div>
                  ) : null}
                  {hasFailed && latest.error ? <div className="mt-1 text-xs text-red-700">{latest.error}</div> : null}
                  {hasFailed && canWrite && workspaceId && !source.retiredAt ? (
                    <FailedSourceActions workspaceId={workspaceId} sourceId={source.id} title={source.title} canRetry={latest.canRetry} />
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
