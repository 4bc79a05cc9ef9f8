import Link from "next/link";
import type { SourceListItem } from "@/lib/knowledge/sources/queries";
import { CLASSIFICATION_LABELS, KIND_LABELS, LANGUAGE_LABELS, STATUS_LABELS } from "./labels";
import { PersonalDataBadge } from "./personal-data-badge";
import { SourceRoleSelect } from "./source-role-select";
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
  if (sources.length === 0) {
    return <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-600">No sources yet. Editors and admins can add content below.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <Table data-testid="source-list">
        <TableHead>
            <HeaderCell>Source</HeaderCell>
            <HeaderCell>Role</HeaderCell>
            <HeaderCell>Language</HeaderCell>
            <HeaderCell>Classification</HeaderCell>
            <HeaderCell>Version</HeaderCell>
            <HeaderCell>Chunks</HeaderCell>
            <HeaderCell>Status</HeaderCell>
        </TableHead>
        <TableBody>
          {sources.map((source) => {
            const latest = source.latestVersion;
            const isWorking = latest && (latest.status === "queued" || latest.status === "processing");
            const done = latest?.progressDone ?? 0;
            const total = latest?.progressTotal ?? 0;
            return (
              <TableRow key={source.id} className="align-top" data-testid={`source-${source.title}`}>
                <TableCell>
                  <Link href={`/${workspaceSlug}/knowledge/${source.id}`} className="font-medium text-brand-700 underline">
                    {source.title}
                  </Link>
                  {source.flaggedCount > 0 ? (
                    <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-800" title="Text that addresses an AI model: chunks held back, or sentences cut out, until an admin releases them">
                      {source.flaggedCount} flagged
                    </span>
                  ) : null}
                  <PersonalDataBadge summary={source.personalData} />
                  {source.statusMessage ? <div className="mt-1 text-xs text-slate-600">{source.statusMessage}</div> : null}
                </TableCell>
                <TableCell>
                  {canWrite && workspaceId && !source.retiredAt ? (
                    <SourceRoleSelect workspaceId={workspaceId} sourceId={source.id} kind={source.kind} isFeedProduct={source.origin === "product_feed"} />
                  ) : (
                    KIND_LABELS[source.kind]
                  )}
                </TableCell>
                <TableCell>
                  {source.language ? LANGUAGE_LABELS[source.language] : "—"}
                  {source.isLanguageDetected ? <span className="text-xs text-slate-500"> (detected)</span> : null}
                </TableCell>
                <TableCell>{CLASSIFICATION_LABELS[source.classification]}</TableCell>
                <TableCell>{source.currentVersion || "—"}</TableCell>
                <TableCell>{source.chunkCount}</TableCell>
                <TableCell data-testid="source-status">
                  <span className={`rounded px-2 py-0.5 text-xs ${STATUS_STYLES[source.status] ?? ""}`}>{STATUS_LABELS[source.status]}</span>
                  {isWorking ? (
                    <div className="mt-1">
                      <progress className="h-2 w-28" max={Math.max(total, 1)} value={done} aria-label={`Ingestion progress of ${source.title}`} />
                      <div className="text-xs text-slate-600">
                        {total > 0 ? `${done} of ${total} chunks` : "waiting to start"}
                      </div>
                    </div>
                  ) : null}
                  {latest?.status === "failed" && latest.error ? <div className="mt-1 text-xs text-red-700">{latest.error}</div> : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
