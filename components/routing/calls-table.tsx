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
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                {["When (UTC)", "Task", "Model", "Tokens in / out", "Cost", "Latency (first token)", "Cache", "Attempts", "Outcome"].map((label) => (
                  <th key={label} scope="col" className="px-3 py-2 font-medium">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {calls.map((call) => (
                <tr key={call.id} className="border-t border-slate-100">
                  <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{call.createdAt.toISOString().slice(0, 19).replace("T", " ")}</td>
                  <td className="px-3 py-2 font-mono text-xs">{call.task}</td>
                  <td className="px-3 py-2 font-mono text-xs">{call.chosenModel ?? "—"}</td>
                  <td className="px-3 py-2">{call.inputTokens} / {call.outputTokens}</td>
                  <td className="px-3 py-2">${call.costUsd.toFixed(4)}</td>
                  <td className="whitespace-nowrap px-3 py-2">
                    {call.latencyMs} ms{call.timeToFirstTokenMs !== null ? ` (${call.timeToFirstTokenMs} ms)` : ""}
                  </td>
                  <td className="px-3 py-2">{call.cacheHit}</td>
                  <td className="px-3 py-2">{call.attempts.length}</td>
                  <td className="px-3 py-2">{call.errorClass ?? "success"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
