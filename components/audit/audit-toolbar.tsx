"use client";

import { useAction } from "next-safe-action/hooks";
import { verifyAuditChainAction } from "@/app/(app)/[workspace]/admin/audit/actions";
import type { AuditChainReport } from "@/lib/audit/verify";
import { Button } from "@/components/ui/button";

/**
 * The page's buttons, with the chain check's answer on its own line below them: a long answer
 * ("Tampering found: …") squeezed between buttons pushed them around and was hard to read.
 * The status box is always rendered so screen readers have a live region before the answer arrives.
 */
export function AuditToolbar({ workspaceId, exportHref }: { workspaceId: string; exportHref?: string }) {
  const { execute, result, isPending } = useAction(verifyAuditChainAction);
  const message = result.data ? describeReport(result.data) : (result.serverError?.message ?? null);
  const tone = result.data?.isIntact
    ? "border-green-200 bg-green-50 text-green-900"
    : message
      ? "border-red-200 bg-red-50 text-red-900"
      : "border-transparent";
  return (
    <div className="mb-4">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={isPending} onClick={() => execute({ workspaceId })}>
          {isPending ? "Verifying…" : "Verify chain"}
        </Button>
        {exportHref ? (
          <a className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm" href={exportHref}>
            Export CSV
          </a>
        ) : null}
      </div>
      <div
        role="status"
        aria-live="polite"
        data-testid="verify-result"
        className={`mt-2 rounded-md border text-sm [overflow-wrap:anywhere] ${message ? "px-4 py-3" : ""} ${tone}`}
      >
        {message}
      </div>
    </div>
  );
}

function describeReport(report: AuditChainReport): string {
  if (!report.isIntact) return `Tampering found: ${report.problems.map((p) => p.message).join("; ")}`;
  const unkeyed = report.unkeyedEntries
    ? ` (${report.unkeyedEntries} from before keyed hashing, checked with plain SHA-256)`
    : "";
  const erased = report.erasedEntries ? `; personal data erased in ${report.erasedEntries}` : "";
  return `Intact: ${report.entries} entries${unkeyed}${erased}`;
}
