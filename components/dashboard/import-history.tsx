import { AutoRefresh } from "@/components/knowledge/auto-refresh";
import { formatBytes } from "@/lib/kpi/uploads/limits";
import { ACTIVE_IMPORT_STATUSES, type ImportListItem } from "@/lib/kpi/queries/imports";

const STATUS_TEXT: Record<ImportListItem["status"], string> = {
  uploading: "Uploading",
  queued: "Waiting for a worker",
  parsing: "Reading rows",
  applying: "Saving (one transaction)",
  succeeded: "Imported",
  failed: "Not imported",
};

function Progress({ item }: { item: ImportListItem }) {
  if (item.status === "uploading") return <ProgressBar label="Upload" done={item.receivedBytes} total={item.byteSize} />;
  if (item.status === "parsing") return <ProgressBar label="Rows read" done={item.bytesRead} total={item.byteSize} />;
  if (item.status === "applying" || item.status === "queued") return <progress className="h-2 w-full" aria-label={STATUS_TEXT[item.status]} />;
  return null;
}

function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  return (
    <div>
      <progress className="h-2 w-full" max={total} value={done} aria-label={`${label} progress`} />
      <p className="text-xs text-slate-600">
        {Math.round(share * 100)} % ({formatBytes(done)} of {formatBytes(total)})
      </p>
    </div>
  );
}

const count = (n: number) => n.toLocaleString("en");

/** Every import with its progress (live while one runs), result, and rejected lines with their numbers. */
export function ImportHistory({ items, errorsExportHref, exportHref }: { items: ImportListItem[]; errorsExportHref: (importId: string) => string; exportHref: string }) {
  const isActive = items.some((item) => ACTIVE_IMPORT_STATUSES.has(item.status));
  return (
    <section aria-labelledby="imports-heading" className="space-y-2">
      <AutoRefresh isActive={isActive} intervalMs={1500} />
      <div className="flex items-end justify-between">
        <h2 id="imports-heading" className="text-lg font-medium">
          Imports
        </h2>
        <a href={exportHref} download className="text-sm font-medium text-brand-700 underline" data-testid="export-imports">
          Export CSV
        </a>
      </div>
      {items.length === 0 ? <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">Nothing imported yet.</p> : null}
      <ul className="space-y-2" data-testid="import-list">
        {items.map((item) => (
          <li key={item.id} className="space-y-1 rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="import-item">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p>
                <span className="font-medium">{item.fileName}</span>{" "}
                <span className="text-slate-600">
                  {item.origin === "synthetic" ? "· synthetic demo data" : item.createdByEmail ? `· ${item.createdByEmail}` : ""} · {item.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                  {item.format ? ` · ${item.format.presetLabel}` : ""}
                </span>
              </p>
              <p className={item.status === "failed" ? "font-medium text-red-700" : item.status === "succeeded" ? "font-medium text-green-700" : "text-slate-700"} data-testid="import-status">
                {STATUS_TEXT[item.status]}
              </p>
            </div>
            <Progress item={item} />
            {item.status !== "uploading" && item.status !== "queued" ? (
              <p className="text-slate-700">
                {count(item.rowsAccepted)} rows accepted, {count(item.rowsRejected)} rejected{item.rowsSkipped ? `, ${count(item.rowsSkipped)} summary rows skipped` : ""}
                {item.status === "succeeded"
                  ? ` · ${count(item.rowsInserted)} new, ${count(item.rowsUpdated)} updated, ${count(item.rowsLinked)} linked to assets · ${item.firstDate} to ${item.lastDate}`
                  : ""}
              </p>
            ) : null}
            {item.failureReason ? <p className={item.status === "failed" ? "text-red-700" : "text-amber-700"}>{item.failureReason}</p> : null}
            {item.errors.length > 0 ? (
              <details>
                <summary className="cursor-pointer text-brand-700">
                  Rejected lines ({count(item.rowsRejected)}
                  {item.rowsRejected > item.errors.length ? `, first ${count(item.errors.length)} listed` : ""})
                </summary>
                <ul className="mt-1 max-h-64 list-none space-y-0.5 overflow-y-auto font-mono text-xs text-slate-700" data-testid="import-errors" tabIndex={0} aria-label="Rejected lines">
                  {item.errors.slice(0, 100).map((error) => (
                    <li key={`${error.line}-${error.message}`}>{error.message}</li>
                  ))}
                </ul>
                <a href={errorsExportHref(item.id)} download className="text-brand-700 underline">
                  Export rejected lines (CSV)
                </a>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
