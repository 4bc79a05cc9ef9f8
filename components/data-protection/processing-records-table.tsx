import { useTranslations } from "next-intl";
import { HeaderCell, RowHeader, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";

export type ProcessingRecordRow = {
  recipientType: string;
  recipient: string;
  hosting: string;
  region: string;
  firstAt: string;
  lastAt: string;
  count: number;
  purposes: string[];
  dataKinds: string[];
  personalDataRemoved: string;
};

/** Who received this workspace's data: models (by hosting) and the webhook endpoint, with downloads for the DPO. */
export function ProcessingRecordsTable({ rows, csvHref, jsonHref }: { rows: ProcessingRecordRow[]; csvHref: string; jsonHref: string }) {
  const t = useTranslations("dataProtection.records");
  return (
    <section aria-labelledby="records-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="records-heading" className="text-lg font-medium">
          {t("heading")}
        </h2>
        <p className="text-sm">
          {t("download")}{" "}
          <a className="underline" href={csvHref}>
            {t("csv")}
          </a>{" "}
          ·{" "}
          <a className="underline" href={jsonHref}>
            {t("json")}
          </a>
        </p>
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {t("description")}
      </p>
      {rows.length === 0 ? (
        <p className="mt-3 text-sm text-slate-700">{t("empty")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <Table caption={t("caption")} density="compact">
            <TableHead>
              <HeaderCell>{t("columns.recipient")}</HeaderCell>
              <HeaderCell>{t("columns.hosting")}</HeaderCell>
              <HeaderCell>{t("columns.first")}</HeaderCell>
              <HeaderCell>{t("columns.last")}</HeaderCell>
              <HeaderCell className="text-right">{t("columns.count")}</HeaderCell>
              <HeaderCell>{t("columns.purposes")}</HeaderCell>
              <HeaderCell>{t("columns.data")}</HeaderCell>
              <HeaderCell>{t("columns.personalDataRemoved")}</HeaderCell>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={`${row.recipientType}:${row.recipient}`}>
                  <RowHeader>
                    <span className="font-mono text-xs">{row.recipient}</span>
                    <span className="block text-xs text-slate-600">{row.recipientType === "webhook" ? t("type.webhook") : t("type.model")}</span>
                  </RowHeader>
                  <TableCell>
                    {row.hosting}
                    {row.region ? <span className="block text-xs text-slate-600">{t("region", { region: row.region })}</span> : null}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">{row.firstAt}</TableCell>
                  <TableCell className="whitespace-nowrap">{row.lastAt}</TableCell>
                  <TableCell numeric>{row.count}</TableCell>
                  <TableCell>{row.purposes.join(", ")}</TableCell>
                  <TableCell>{row.dataKinds.join(", ")}</TableCell>
                  <TableCell>{row.personalDataRemoved}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
