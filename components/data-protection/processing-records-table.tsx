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
  return (
    <section aria-labelledby="records-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="records-heading" className="text-lg font-medium">
          Records of processing
        </h2>
        <p className="text-sm">
          Download:{" "}
          <a className="underline" href={csvHref}>
            CSV
          </a>{" "}
          ·{" "}
          <a className="underline" href={jsonHref}>
            JSON
          </a>
        </p>
      </div>
      <p className="mt-1 text-sm text-slate-700">
        Which models and webhook endpoints received this workspace&apos;s data, from the call records and delivery logs that are still kept (see the retention periods).
      </p>
      {rows.length === 0 ? (
        <p className="mt-3 text-sm text-slate-700">No data has been sent to a model or webhook yet (or the records are past their retention).</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <Table caption="Recipients of this workspace's data" density="compact">
            <TableHead>
              <HeaderCell>Recipient</HeaderCell>
              <HeaderCell>Hosting</HeaderCell>
              <HeaderCell>First</HeaderCell>
              <HeaderCell>Last</HeaderCell>
              <HeaderCell className="text-right">Calls / deliveries</HeaderCell>
              <HeaderCell>For</HeaderCell>
              <HeaderCell>Data</HeaderCell>
              <HeaderCell>Personal data removed before sending</HeaderCell>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={`${row.recipientType}:${row.recipient}`}>
                  <RowHeader>
                    <span className="font-mono text-xs">{row.recipient}</span>
                    <span className="block text-xs text-slate-600">{row.recipientType === "webhook" ? "webhook" : "model"}</span>
                  </RowHeader>
                  <TableCell>
                    {row.hosting}
                    {row.region ? <span className="block text-xs text-slate-600">region: {row.region}</span> : null}
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
