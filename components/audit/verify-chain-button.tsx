"use client";

import { useAction } from "next-safe-action/hooks";
import { verifyAuditChainAction } from "@/app/(app)/[workspace]/admin/audit/actions";
import { Button } from "@/components/ui/button";

export function VerifyChainButton({ workspaceId }: { workspaceId: string }) {
  const { execute, result, isPending } = useAction(verifyAuditChainAction);
  const report = result.data;
  return (
    <div className="flex items-center gap-2">
      <Button variant="secondary" disabled={isPending} onClick={() => execute({ workspaceId })}>
        {isPending ? "Verifying…" : "Verify chain"}
      </Button>
      <span aria-live="polite" className="text-sm" data-testid="verify-result">
        {report
          ? report.isIntact
            ? `Intact: ${report.entries} entries${report.unkeyedEntries ? ` (${report.unkeyedEntries} from before keyed hashing, checked with plain SHA-256)` : ""}${report.erasedEntries ? `; personal data erased in ${report.erasedEntries}` : ""}`
            : `Tampering found: ${report.problems.map((p) => p.message).join("; ")}`
          : result.serverError
            ? result.serverError.message
            : null}
      </span>
    </div>
  );
}
