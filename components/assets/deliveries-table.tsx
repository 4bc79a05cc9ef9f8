import Link from "next/link";
import { formatDateTime } from "./format-time";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";

export type DeliveryRow = { id: string; event: string; version: number | null; status: "pending" | "delivered" | "failed"; attempts: number; lastStatusCode: number | null; createdAt: Date; deliveredAt: Date | null };

export const DELIVERY_STATUS_LABELS: Record<DeliveryRow["status"], string> = { pending: "Pending (retrying)", delivered: "Delivered", failed: "Failed" };

/** This asset's webhook deliveries to the CMS; the full log with responses is on the admin page. */
export function AssetDeliveries({ deliveries, adminHref }: { deliveries: DeliveryRow[]; adminHref: string | null }) {
  return (
    <section aria-labelledby="deliveries-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="deliveries-heading" className="text-lg font-medium">
        Webhook deliveries
      </h2>
      {deliveries.length === 0 ? (
        <p className="text-sm text-slate-600">None. Review steps and publishing are sent to the workspace&apos;s webhook for the events it chose, when one is set up.</p>
      ) : (
        <Table density="flush">
          <TableHead shaded={false}>
              {["Event", "Version", "Status", "Attempts", "Last HTTP status", "Queued", "Delivered"].map((heading) => (
                <HeaderCell key={heading}>
                  {heading}
                </HeaderCell>
              ))}
          </TableHead>
          <TableBody>
            {deliveries.map((d) => (
              <TableRow key={d.id}>
                <TableCell>
                  <code className="text-xs">{d.event}</code>
                </TableCell>
                <TableCell>{d.version === null ? "—" : `v${d.version}`}</TableCell>
                <TableCell className={`${d.status === "failed" ? "font-medium text-red-700" : ""}`}>{DELIVERY_STATUS_LABELS[d.status]}</TableCell>
                <TableCell className="tabular-nums">{d.attempts}</TableCell>
                <TableCell className="tabular-nums">{d.lastStatusCode ?? "—"}</TableCell>
                <TableCell>{formatDateTime(d.createdAt)}</TableCell>
                <TableCell>{d.deliveredAt ? formatDateTime(d.deliveredAt) : "—"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {adminHref ? (
        <Link href={adminHref} className="text-sm text-brand-700 underline">
          Webhook settings and delivery log
        </Link>
      ) : null}
    </section>
  );
}
