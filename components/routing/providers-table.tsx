import { useTranslations } from "next-intl";
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
  const t = useTranslations("routing.providers");
  const columns = [t("columns.model"), t("columns.kind"), t("columns.hosting"), t("columns.region"), t("columns.quality"), t("columns.price"), t("columns.configured"), t("columns.circuit"), t("columns.errors")];
  return (
    <section aria-labelledby="providers-heading">
      <h2 id="providers-heading" className="mb-2 text-lg font-medium">
        {t("heading")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t("description")}</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label={t("regionLabel")} tabIndex={0}>
        <Table data-testid="models-table">
          <TableHead>
              {columns.map((label) => (
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
                <TableCell>{entry.isConfigured ? t("configured") : t("noKey")}</TableCell>
                <TableCell>{entry.circuit}</TableCell>
                <TableCell>{entry.attempts24h > 0 ? t("failuresOf", { failures: entry.failures24h, attempts: entry.attempts24h }) : "—"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
