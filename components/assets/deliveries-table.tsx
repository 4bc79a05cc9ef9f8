import Link from "next/link";
import { formatDateTime } from "./format-time";

export type DeliveryRow = { id: string; version: number; status: "pending" | "delivered" | "failed"; attempts: number; lastStatusCode: number | null; createdAt: Date; deliveredAt: Date | null };

export const DELIVERY_STATUS_LABELS: Record<DeliveryRow["status"], string> = { pending: "Pending (retrying)", delivered: "Delivered", failed: "Failed" };

/** This asset's webhook deliveries to the CMS; the full log with responses is on the admin page. */
export function AssetDeliveries({ deliveries, adminHref }: { deliveries: DeliveryRow[]; adminHref: string | null }) {
  return (
    <section aria-labelledby="deliveries-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="deliveries-heading" className="text-lg font-medium">
        Webhook deliveries
      </h2>
      {deliveries.length === 0 ? (
        <p className="text-sm text-slate-600">None. Publishing sends the published version to the workspace&apos;s CMS webhook, when one is set up.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="text-slate-600">
            <tr>
              {["Version", "Status", "Attempts", "Last HTTP status", "Queued", "Delivered"].map((heading) => (
                <th key={heading} scope="col" className="py-1 pr-3 font-medium">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <tr key={d.id} className="border-t border-slate-100">
                <td className="py-1 pr-3">v{d.version}</td>
                <td className={`py-1 pr-3 ${d.status === "failed" ? "font-medium text-red-700" : ""}`}>{DELIVERY_STATUS_LABELS[d.status]}</td>
                <td className="py-1 pr-3 tabular-nums">{d.attempts}</td>
                <td className="py-1 pr-3 tabular-nums">{d.lastStatusCode ?? "—"}</td>
                <td className="py-1 pr-3">{formatDateTime(d.createdAt)}</td>
                <td className="py-1 pr-3">{d.deliveredAt ? formatDateTime(d.deliveredAt) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adminHref ? (
        <Link href={adminHref} className="text-sm text-brand-700 underline">
          Webhook settings and delivery log
        </Link>
      ) : null}
    </section>
  );
}
