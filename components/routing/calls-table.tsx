import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";
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
  errorClass: string | null;
  attempts: Record<string, unknown>[];
  createdAt: Date;
};

export function CallsTable({ calls, filters }: { calls: CallRow[]; filters: Record<string, string | undefined> }) {
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
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-600">No model calls yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <Table>
            <TableHead>
                {["When (UTC)", "Task", "Model", "Tokens in / out", "Cost", "Latency (first token)", "Cache", "Attempts", "Outcome"].map((label) => (
                  <HeaderCell key={label}>
                    {label}
                  </HeaderCell>
                ))}
            </TableHead>
            <TableBody>
              {calls.map((call) => (
                <TableRow key={call.id}>
                  <TableCell className="whitespace-nowrap font-mono text-xs">{call.createdAt.toISOString().slice(0, 19).replace("T", " ")}</TableCell>
                  <TableCell className="font-mono text-xs">{call.task}</TableCell>
                  <TableCell className="font-mono text-xs">{call.chosenModel ?? "—"}</TableCell>
                  <TableCell>{call.inputTokens} / {call.outputTokens}</TableCell>
                  <TableCell>${call.costUsd.toFixed(4)}</TableCell>
                  <TableCell className="whitespace-nowrap">
                    {call.latencyMs} ms{call.timeToFirstTokenMs !== null ? ` (${call.timeToFirstTokenMs} ms)` : ""}
                  </TableCell>
                  <TableCell>{call.cacheHit}</TableCell>
                  <TableCell>{call.attempts.length}</TableCell>
                  <TableCell>{call.errorClass ?? "success"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
