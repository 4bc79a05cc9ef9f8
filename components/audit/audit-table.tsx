import { useTranslations } from "next-intl";
import type { AuditEntry } from "@/lib/db/schema/audit-log";
import { mergedAuditDetail } from "@/lib/audit/personal-detail";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";
import { AuditDetailList } from "./audit-detail-list";

const OUTCOME_STYLES: Record<string, string> = {
  success: "bg-green-100 text-green-800",
  denied: "bg-amber-100 text-amber-900",
  invalid_input: "bg-slate-200 text-slate-800",
  failed: "bg-red-100 text-red-800",
};

/**
 * Cells may break anywhere (ids, e-mail addresses, action names have no spaces), so the table fits
 * the page at 1280 px and the detail column is read in place. The focusable scroll region stays
 * for narrow screens, where even wrapped columns cannot fit.
 */
export function AuditTable({ entries, label, emptyMessage }: { entries: AuditEntry[]; label: string; emptyMessage: string }) {
  const t = useTranslations("audit.table");
  if (entries.length === 0) {
    return <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-600">{emptyMessage}</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label={label} tabIndex={0}>
      <Table data-testid="audit-table" caption={label} className="w-full min-w-[44rem] text-left text-sm [&_td]:[overflow-wrap:anywhere]">
        <TableHead>
          <HeaderCell>{t("when")}</HeaderCell>
          <HeaderCell>{t("who")}</HeaderCell>
          <HeaderCell>{t("action")}</HeaderCell>
          <HeaderCell>{t("record")}</HeaderCell>
          <HeaderCell>{t("outcome")}</HeaderCell>
          <HeaderCell className="w-[32%]">{t("detail")}</HeaderCell>
        </TableHead>
        <TableBody>
          {entries.map((entry) => (
            <TableRow key={entry.seq} className="align-top">
              <TableCell className="font-mono text-xs">{entry.createdAt.toISOString().replace("T", " ").slice(0, 19)}</TableCell>
              <TableCell>
                {entry.actorLabel ?? entry.actorUserId ?? "—"}
                {entry.personalErasedAt ? <span className="ml-1 text-xs text-slate-500">{t("personalDataErased")}</span> : null}
              </TableCell>
              <TableCell className="font-mono text-xs">{entry.action}</TableCell>
              <TableCell className="font-mono text-xs">{entry.targetId ? `${entry.targetType}:${entry.targetId}` : "—"}</TableCell>
              <TableCell>
                <span className={`rounded px-2 py-0.5 text-xs ${OUTCOME_STYLES[entry.outcome] ?? ""}`}>{entry.outcome}</span>
              </TableCell>
              <TableCell className="font-mono text-xs text-slate-600">
                <AuditDetailList detail={mergedAuditDetail(entry)} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
