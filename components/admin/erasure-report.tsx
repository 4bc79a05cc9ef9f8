import type { ReactNode } from "react";
import type { ErasureReport } from "@/lib/data-protection/erasure/erase-personal-data";
import { Alert } from "@/components/ui/alert";
import { useTranslations } from "next-intl";


/** What an erasure changed, per table, as the admin sees it right after. */
export function ErasureReportNotice({ report, onHide }: { report: ErasureReport; onHide(): void }) {
  const t = useTranslations("admin.erasureReport");
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  const account = report.accountDeleted ? "deleted" : (report.accountKeptBecause ?? "kept");
  const touched = report.tables.filter((row) => row.changed + row.deleted > 0);
  return (
    <Alert tone="success">
      <div data-testid="erasure-report" className="space-y-2">
        <p>
          {t.rich(`summary.${account}`, { pseudonym: report.pseudonym, strong })}
        </p>
        {touched.length > 0 ? (
          <ul className="list-disc pl-5">
            {touched.map((row) => (
              <li key={row.table}>
                {t("row", { table: row.table, changed: row.changed, deleted: row.deleted })}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("nothing")}</p>
        )}
        <button type="button" className="text-sm underline" onClick={onHide}>
          {t("hide")}
        </button>
      </div>
    </Alert>
  );
}
