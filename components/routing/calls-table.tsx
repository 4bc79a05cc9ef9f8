import { Fragment } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Pager } from "@/components/ui/pager";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";
import type { SentPayload } from "@/lib/db/schema/model-call-payloads";

type CallRow = {
  id: string;
  task: string;
  chosenModel: string | null;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  latencyMs: number;
  timeToFirstTokenMs: number | null;
  cacheHit: string;
  usageEstimated: boolean;
  errorClass: string | null;
  attempts: Record<string, unknown>[];
  createdAt: Date;
};

/** Column message keys below `routing.calls.columns`. */
const COLUMNS = ["when", "task", "model", "tokens", "cost", "latency", "cache", "attempts", "outcome"] as const;

export function CallsTable({
  calls,
  filters,
  payloads,
  retentionDays,
  paging,
}: {
  calls: CallRow[];
  /** Which page of calls this is; the pager keeps the filters in its links. */
  paging: { page: number; hasNewer: boolean; hasOlder: boolean };
  filters: Record<string, string | undefined>;
  /** What each call sent outside this server, by call id (kept for `retentionDays`). */
  payloads: Record<string, SentPayload[]>;
  retentionDays: number;
}) {
  const t = useTranslations("routing.calls");
  const format = useFormatter();
  const control = "mt-1 block min-h-9 rounded-md border border-slate-300 bg-white px-2 text-sm";
  return (
    <section aria-labelledby="calls-heading">
      <h2 id="calls-heading" className="mb-2 text-lg font-medium">
        {t("heading")}
      </h2>
      <form method="get" className="mb-3 flex flex-wrap items-end gap-3 text-sm">
        <label>
          {t("filters.task")}
          <input name="task" defaultValue={filters.task} className={control} />
        </label>
        <label>
          {t("filters.model")}
          <input name="model" defaultValue={filters.model} className={control} />
        </label>
        <label>
          {t("filters.outcome")}
          <select name="outcome" defaultValue={filters.outcome ?? ""} className={control}>
            <option value="">{t("filters.any")}</option>
            <option value="success">{t("filters.success")}</option>
            <option value="error">{t("filters.error")}</option>
          </select>
        </label>
        <button type="submit" className="min-h-9 rounded-md bg-brand-600 px-4 text-white">
          {t("filters.submit")}
        </button>
      </form>
      {calls.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-600">
          {paging.hasNewer ? t("pastEnd") : t("empty")}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label={t("regionLabel")} tabIndex={0}>
          <Table>
            <TableHead>
                {COLUMNS.map((column) => (
                  <HeaderCell key={column}>
                    {t(`columns.${column}`)}
                  </HeaderCell>
                ))}
            </TableHead>
            <TableBody>
              {calls.map((call) => (
                <Fragment key={call.id}>
                <TableRow>
                  <TableCell className="whitespace-nowrap font-mono text-xs">{call.createdAt.toISOString().slice(0, 19).replace("T", " ")}</TableCell>
                  <TableCell className="font-mono text-xs">{call.task}</TableCell>
                  <TableCell className="font-mono text-xs">{call.chosenModel ?? "—"}</TableCell>
                  <TableCell>
                    {call.inputTokens} / {call.outputTokens}
                    {call.usageEstimated ? <span title={t("estimatedTitle")}> {t("estimated")}</span> : null}
                  </TableCell>
                  <TableCell>{format.number(call.costUsd, { style: "currency", currency: "USD", minimumFractionDigits: 4, maximumFractionDigits: 4 })}</TableCell>
                  <TableCell className="whitespace-nowrap">
                    {call.timeToFirstTokenMs !== null ? t("latencyWithFirst", { ms: call.latencyMs, first: call.timeToFirstTokenMs }) : t("latency", { ms: call.latencyMs })}
                  </TableCell>
                  <TableCell>{call.cacheHit}</TableCell>
                  <TableCell>{call.attempts.length}</TableCell>
                  <TableCell>{call.errorClass ?? t("success")}</TableCell>
                </TableRow>
                <TableRow>
                  <TableCell colSpan={COLUMNS.length} className="bg-slate-50">
                    <WhatWasSent call={call} requests={payloads[call.id]} retentionDays={retentionDays} />
                  </TableCell>
                </TableRow>
                </Fragment>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <Pager label={t("pagerLabel")} page={paging.page} hasNewer={paging.hasNewer} hasOlder={paging.hasOlder} params={filters} />
    </section>
  );
}


/** The "what leaves" view of one call: every request sent outside this server, as sent (redacted). */
function WhatWasSent({ call, requests, retentionDays }: { call: CallRow; requests: SentPayload[] | undefined; retentionDays: number }) {
  const t = useTranslations("routing.sent");
  const attempts = call.attempts.map((a) => `${String(a.modelId)} → ${String(a.outcome)}`).join(", ");
  return (
    <details data-testid="what-was-sent">
      <summary className="cursor-pointer text-xs text-slate-700">
        {requests ? t("summaryWithCount", { count: requests.length }) : t("summary")}
      </summary>
      <div className="mt-2 space-y-2 text-xs">
        <p>{t("attempts", { attempts: attempts || t("none") })}</p>
        {requests && requests.length > 0 ? (
          <ol className="space-y-2">
            {requests.map((request, index) => (
              <li key={index} className="rounded border border-slate-200 bg-white p-2">
                <p className="font-medium">
                  {t.rich(request.kind ? `request.${request.kind}` : "request.chat", {
                    number: index + 1,
                    model: request.modelId,
                    hosting: request.hosting,
                    code: (chunks) => <code>{chunks}</code>,
                  })}
                </p>
                {request.truncated ? <p className="text-slate-600">{t("cut", { what: request.truncated })}</p> : null}
                {request.messages.map((message, m) => (
                  <div key={m} className="mt-1">
                    <p className="font-mono text-slate-500">{message.role}</p>
                    <pre className="max-h-64 overflow-auto whitespace-pre-wrap break-words">{message.text}</pre>
                  </div>
                ))}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-slate-600">
            {retentionDays <= 0 ? t("notStored") : t("nothingStored", { days: retentionDays })}
          </p>
        )}
      </div>
    </details>
  );
}
