import { Fragment } from "react";
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

const COLUMNS = ["When (UTC)", "Task", "Model", "Tokens in / out", "Cost", "Latency (first token)", "Cache", "Attempts", "Outcome"];

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
  const control = "mt-1 block min-h-9 rounded-md border border-slate-300 bg-white px-2 text-sm";
  return (
    <section aria-labelledby="calls-heading">
      <h2 id="calls-heading" className="mb-2 text-lg font-medium">
        Recent calls
      </h2>
      <form method="get" className="mb-3 flex flex-wrap items-end gap-3 text-sm">
        <label>
          Task
          <input name="task" defaultValue={filters.task} className={control} />
        </label>
        <label>
          Model
          <input name="model" defaultValue={filters.model} className={control} />
        </label>
        <label>
          Outcome
          <select name="outcome" defaultValue={filters.outcome ?? ""} className={control}>
            <option value="">Any</option>
            <option value="success">Success</option>
            <option value="error">Error</option>
          </select>
        </label>
        <button type="submit" className="min-h-9 rounded-md bg-brand-600 px-4 text-white">
          Filter
        </button>
      </form>
      {calls.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-600">
          {paging.hasNewer ? "No calls on this page; it is past the end of the list." : "No model calls yet."}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label="Recent model calls (scrolls sideways)" tabIndex={0}>
          <Table>
            <TableHead>
                {COLUMNS.map((label) => (
                  <HeaderCell key={label}>
                    {label}
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
                    {call.usageEstimated ? <span title="The provider reported no usage; estimated from the text"> (estimated)</span> : null}
                  </TableCell>
                  <TableCell>${call.costUsd.toFixed(4)}</TableCell>
                  <TableCell className="whitespace-nowrap">
                    {call.latencyMs} ms{call.timeToFirstTokenMs !== null ? ` (${call.timeToFirstTokenMs} ms)` : ""}
                  </TableCell>
                  <TableCell>{call.cacheHit}</TableCell>
                  <TableCell>{call.attempts.length}</TableCell>
                  <TableCell>{call.errorClass ?? "success"}</TableCell>
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
      <Pager label="Pages of recent calls" page={paging.page} hasNewer={paging.hasNewer} hasOlder={paging.hasOlder} params={filters} />
    </section>
  );
}

const PAYLOAD_KINDS: Record<NonNullable<SentPayload["kind"]>, string> = { embedding: "embedding inputs", rerank: "rerank query + documents" };

/** The "what leaves" view of one call: every request sent outside this server, as sent (redacted). */
function WhatWasSent({ call, requests, retentionDays }: { call: CallRow; requests: SentPayload[] | undefined; retentionDays: number }) {
  const attempts = call.attempts.map((a) => `${String(a.modelId)} → ${String(a.outcome)}`).join(", ");
  return (
    <details data-testid="what-was-sent">
      <summary className="cursor-pointer text-xs text-slate-700">
        What was sent{requests ? `: ${requests.length} request${requests.length === 1 ? "" : "s"} outside this server` : ""}
      </summary>
      <div className="mt-2 space-y-2 text-xs">
        <p>Attempts: {attempts || "none"}</p>
        {requests && requests.length > 0 ? (
          <ol className="space-y-2">
            {requests.map((request, index) => (
              <li key={index} className="rounded border border-slate-200 bg-white p-2">
                <p className="font-medium">
                  Request {index + 1} to <code>{request.modelId}</code> ({request.hosting}){request.kind ? `: ${PAYLOAD_KINDS[request.kind]}` : ""}
                </p>
                {request.truncated ? <p className="text-slate-600">Cut: {request.truncated}.</p> : null}
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
            {retentionDays <= 0
              ? "Sent text is not stored for this workspace (retention 0 days)."
              : `Nothing stored: the call sent nothing outside this server, or it is older than ${retentionDays} days.`}
          </p>
        )}
      </div>
    </details>
  );
}
