import type { AuditEntry } from "@/lib/db/schema/audit-log";

const OUTCOME_STYLES: Record<string, string> = {
  success: "bg-green-100 text-green-800",
  denied: "bg-amber-100 text-amber-900",
  invalid_input: "bg-slate-200 text-slate-800",
  failed: "bg-red-100 text-red-800",
};

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0) {
    return <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-600">No entries match these filters.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="audit-table">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">When (UTC)</th>
            <th scope="col" className="px-3 py-2 font-medium">Who</th>
            <th scope="col" className="px-3 py-2 font-medium">Action</th>
            <th scope="col" className="px-3 py-2 font-medium">Record</th>
            <th scope="col" className="px-3 py-2 font-medium">Outcome</th>
            <th scope="col" className="px-3 py-2 font-medium">Detail</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq} className="border-t border-slate-100 align-top">
              <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{entry.createdAt.toISOString().replace("T", " ").slice(0, 19)}</td>
              <td className="px-3 py-2">{entry.actorLabel ?? entry.actorUserId ?? "—"}</td>
              <td className="px-3 py-2 font-mono text-xs">{entry.action}</td>
              <td className="px-3 py-2 font-mono text-xs">{entry.targetId ? `${entry.targetType}:${entry.targetId}` : "—"}</td>
              <td className="px-3 py-2">
                <span className={`rounded px-2 py-0.5 text-xs ${OUTCOME_STYLES[entry.outcome] ?? ""}`}>{entry.outcome}</span>
              </td>
              <td className="max-w-xs break-words px-3 py-2 font-mono text-xs text-slate-600">{JSON.stringify(entry.detail)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
