import { useFormatter, useTranslations } from "next-intl";
import { AutoRefresh } from "@/components/knowledge/auto-refresh";
import { ACTIVE_IMPORT_STATUSES, type ImportListItem } from "@/lib/kpi/queries/imports";
import { formatByteSize } from "./byte-size";
import { isoDay } from "./chart-format";

function Progress({ item }: { item: ImportListItem }) {
  const t = useTranslations("dashboard.importHistory");
  if (item.status === "uploading") return <ProgressBar label={t("uploadProgress")} done={item.receivedBytes} total={item.byteSize} />;
  if (item.status === "parsing") return <ProgressBar label={t("readProgress")} done={item.bytesRead} total={item.byteSize} />;
  if (item.status === "applying" || item.status === "queued") return <progress className="h-2 w-full" aria-label={t(`status.${item.status}`)} />;
  return null;
}

function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const t = useTranslations("dashboard.importHistory");
  const format = useFormatter();
  const share = total > 0 ? Math.min(1, done / total) : 0;
  return (
    <div>
      <progress className="h-2 w-full" max={total} value={done} aria-label={label} />
      <p className="text-xs text-slate-600">
        {t("progress", { share: format.number(share, { style: "percent", maximumFractionDigits: 0 }), done: formatByteSize(format, done), total: formatByteSize(format, total) })}
      </p>
    </div>
  );
}

/** Every import with its progress (live while one runs), result, and rejected lines with their numbers. */
export function ImportHistory({ items, errorsExportHref, exportHref }: { items: ImportListItem[]; errorsExportHref: (importId: string) => string; exportHref: string }) {
  const t = useTranslations("dashboard.importHistory");
  const format = useFormatter();
  const day = (iso: string) => format.dateTime(isoDay(iso), "date");
  const isActive = items.some((item) => ACTIVE_IMPORT_STATUSES.has(item.status));
  return (
    <section aria-labelledby="imports-heading" className="space-y-2">
      <AutoRefresh isActive={isActive} intervalMs={1500} />
      <div className="flex items-end justify-between">
        <h2 id="imports-heading" className="text-lg font-medium">
          {t("heading")}
        </h2>
        <a href={exportHref} download className="text-sm font-medium text-brand-700 underline" data-testid="export-imports">
          {t("exportCsv")}
        </a>
      </div>
      {items.length === 0 ? <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">{t("empty")}</p> : null}
      <ul className="space-y-2" data-testid="import-list">
        {items.map((item) => (
          <li key={item.id} className="space-y-1 rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="import-item">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p>
                <span className="font-medium">{item.fileName}</span>{" "}
                <span className="text-slate-600">
                  {item.origin === "synthetic" ? `· ${t("synthetic")}` : item.createdByEmail ? `· ${item.createdByEmail}` : ""} ·{" "}
                  {t("createdAt", { time: format.dateTime(item.createdAt, "dateTime") })}
                  {item.format ? ` · ${item.format.presetLabel}` : ""}
                </span>
              </p>
              <p className={item.status === "failed" ? "font-medium text-red-700" : item.status === "succeeded" ? "font-medium text-green-700" : "text-slate-700"} data-testid="import-status">
                {t(`status.${item.status}`)}
              </p>
            </div>
            <Progress item={item} />
            {item.status !== "uploading" && item.status !== "queued" ? (
              <p className="text-slate-700">
                {t("rows", { accepted: item.rowsAccepted, rejected: item.rowsRejected, skipped: item.rowsSkipped })}
                {item.status === "succeeded"
                  ? ` · ${t("applied", { inserted: item.rowsInserted, updated: item.rowsUpdated, linked: item.rowsLinked, from: item.firstDate ? day(item.firstDate) : "—", to: item.lastDate ? day(item.lastDate) : "—" })}`
                  : ""}
              </p>
            ) : null}
            {item.failureReason ? <p className={item.status === "failed" ? "text-red-700" : "text-amber-700"}>{item.failureReason}</p> : null}
            {item.errors.length > 0 ? (
              <details>
                <summary className="cursor-pointer text-brand-700">
                  {item.rowsRejected > item.errors.length
                    ? t("rejectedSummaryPartial", { rejected: item.rowsRejected, listed: item.errors.length })
                    : t("rejectedSummary", { rejected: item.rowsRejected })}
                </summary>
                <ul className="mt-1 max-h-64 list-none space-y-0.5 overflow-y-auto font-mono text-xs text-slate-700" data-testid="import-errors" tabIndex={0} aria-label={t("rejectedLines")}>
                  {item.errors.slice(0, 100).map((error) => (
                    <li key={`${error.line}-${error.message}`}>{error.message}</li>
                  ))}
                </ul>
                <a href={errorsExportHref(item.id)} download className="text-brand-700 underline">
                  {t("exportRejected")}
                </a>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
