import type { ErasureReport } from "@/lib/data-protection/erasure/erase-personal-data";
import { Alert } from "@/components/ui/alert";

const KEPT_BECAUSE: Record<NonNullable<ErasureReport["accountKeptBecause"]>, string> = {
  member_of_other_workspace: "their account stays, because they still belong to another workspace",
  instance_owner: "their account stays, because they are an instance owner",
};

/** What an erasure changed, per table, as the admin sees it right after. */
export function ErasureReportNotice({ report, onHide }: { report: ErasureReport; onHide(): void }) {
  const touched = report.tables.filter((row) => row.changed + row.deleted > 0);
  return (
    <Alert tone="success">
      <div data-testid="erasure-report" className="space-y-2">
        <p>
          Personal data erased: records now show <strong>{report.pseudonym}</strong>;{" "}
          {report.accountDeleted ? "their account data was deleted" : report.accountKeptBecause ? KEPT_BECAUSE[report.accountKeptBecause] : "their account stays"}.
        </p>
        {touched.length > 0 ? (
          <ul className="list-disc pl-5">
            {touched.map((row) => (
              <li key={row.table}>
                {row.table}: {row.changed > 0 ? `${row.changed} changed` : null}
                {row.changed > 0 && row.deleted > 0 ? ", " : null}
                {row.deleted > 0 ? `${row.deleted} deleted` : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>Nothing was left to change.</p>
        )}
        <button type="button" className="text-sm underline" onClick={onHide}>
          Hide
        </button>
      </div>
    </Alert>
  );
}
