import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";
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
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label="Providers (scrolls sideways)" tabIndex={0}>
        <Table data-testid="models-table">
          <TableHead>
              {["Model", "Kind", "Hosting", "Region", "Quality", "$ per 1M in / out", "Configured", "Circuit", "Errors (24 h)"].map((label) => (
                <HeaderCell key={label}>
                  {label}
                </HeaderCell>
              ))}
          </TableHead>
          <TableBody>
            {entries.map((entry) => (
              <TableRow key={entry.id}>
                <TableCell>
                  <div className="font-medium">{entry.label}</div>
                  <div className="font-mono text-xs text-slate-500">{entry.id}</div>
                </TableCell>
                <TableCell>{entry.kind}</TableCell>
                <TableCell>{entry.hosting}</TableCell>
                <TableCell>{entry.region}</TableCell>
                <TableCell>{entry.quality}</TableCell>
                <TableCell className="font-mono text-xs">{entry.price}</TableCell>
                <TableCell>{entry.isConfigured ? "yes" : "no key"}</TableCell>
                <TableCell>{entry.circuit}</TableCell>
                <TableCell>{entry.attempts24h > 0 ? `${entry.failures24h} of ${entry.attempts24h}` : "—"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
