import Link from "next/link";
import { useTranslations } from "next-intl";
import { useUtcDateTime } from "./use-utc-date-time";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";

// The admin webhook log still imports the English labels from here.

export type DeliveryRow = { id: string; event: string; version: number | null; status: "pending" | "delivered" | "failed"; attempts: number; lastStatusCode: number | null; createdAt: Date; deliveredAt: Date | null };

/** This asset's webhook deliveries to the CMS; the full log with responses is on the admin page. */
export function AssetDeliveries({ deliveries, adminHref }: { deliveries: DeliveryRow[]; adminHref: string | null }) {
  const t = useTranslations("assets.deliveries");
  const dateTime = useUtcDateTime();
  return (
    <section aria-labelledby="deliveries-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="deliveries-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      {deliveries.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <Table density="flush">
          <TableHead shaded={false}>
              {[t("event"), t("version"), t("status"), t("attempts"), t("lastStatus"), t("queued"), t("delivered")].map((heading) => (
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
                <TableCell className={`${d.status === "failed" ? "font-medium text-red-700" : ""}`}>{t(`statuses.${d.status}`)}</TableCell>
                <TableCell className="tabular-nums">{d.attempts}</TableCell>
                <TableCell className="tabular-nums">{d.lastStatusCode ?? "—"}</TableCell>
                <TableCell>{dateTime(d.createdAt)}</TableCell>
                <TableCell>{d.deliveredAt ? dateTime(d.deliveredAt) : "—"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {adminHref ? (
        <Link href={adminHref} className="text-sm text-brand-700 underline">
          {t("adminLink")}
        </Link>
      ) : null}
    </section>
  );
}
