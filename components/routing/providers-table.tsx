export type ProviderRow = {
  id: string;
  label: string;
  kind: string;
  hosting: string;
  region: string;
  quality: string;
  price: string;
  isConfigured: boolean;
  circuit: string;
  attempts24h: number;
  failures24h: number;
};

/** Every catalogued model: whether its provider is configured (never the key), its circuit, recent errors. */
export function ProvidersTable({ entries }: { entries: ProviderRow[] }) {
  return (
    <section aria-labelledby="providers-heading">
      <h2 id="providers-heading" className="mb-2 text-lg font-medium">
        Models
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        A model is used only when its provider&apos;s key (or server URL) is configured. Circuit states are this app
        instance&apos;s; error rates come from the last 24 hours of this workspace&apos;s calls.
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm" data-testid="models-table">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              {["Model", "Kind", "Hosting", "Region", "Quality", "$ per 1M in / out", "Configured", "Circuit", "Errors (24 h)"].map((label) => (
                <th key={label} scope="col" className="px-3 py-2 font-medium">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} className="border-t border-slate-100">
                <td className="px-3 py-2">
                  <div className="font-medium">{entry.label}</div>
                  <div className="font-mono text-xs text-slate-500">{entry.id}</div>
                </td>
                <td className="px-3 py-2">{entry.kind}</td>
                <td className="px-3 py-2">{entry.hosting}</td>
                <td className="px-3 py-2">{entry.region}</td>
                <td className="px-3 py-2">{entry.quality}</td>
                <td className="px-3 py-2 font-mono text-xs">{entry.price}</td>
                <td className="px-3 py-2">{entry.isConfigured ? "yes" : "no key"}</td>
                <td className="px-3 py-2">{entry.circuit}</td>
                <td className="px-3 py-2">{entry.attempts24h > 0 ? `${entry.failures24h} of ${entry.attempts24h}` : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
