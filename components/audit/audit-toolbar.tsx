"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { verifyAuditChainAction } from "@/app/(app)/[workspace]/admin/audit/actions";
import type { AuditChainReport } from "@/lib/audit/verify";
import { Button } from "@/components/ui/button";
import { useServerErrorText } from "@/components/ui/use-action-error-text";

/**
 * The page's buttons, with the chain check's answer on its own line below them: a long answer
 * ("Tampering found: …") squeezed between buttons pushed them around and was hard to read.
 * The status box is always rendered so screen readers have a live region before the answer arrives.
 */
export function AuditToolbar({ workspaceId, exportHref }: { workspaceId: string; exportHref?: string }) {
  const t = useTranslations("audit.toolbar");
  const serverErrorText = useServerErrorText();
  const { execute, result, isPending } = useAction(verifyAuditChainAction);
  const message = result.data ? describeReport(t, result.data) : result.serverError ? serverErrorText(result.serverError) : null;
  const tone = result.data?.isIntact
    ? "border-green-200 bg-green-50 text-green-900"
    : message
      ? "border-red-200 bg-red-50 text-red-900"
      : "border-transparent";
  return (
    <div className="mb-4">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={isPending} onClick={() => execute({ workspaceId })}>
          {isPending ? t("verifying") : t("verify")}
        </Button>
        {exportHref ? (
          <a className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm" href={exportHref}>
            {t("exportCsv")}
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

/** The problems themselves stay as the verifier words them: technical, language-neutral records of what broke. */
function describeReport(t: ReturnType<typeof useTranslations<"audit.toolbar">>, report: AuditChainReport): string {
  if (!report.isIntact) return t("tampering", { problems: report.problems.map((p) => p.message).join("; ") });
  return t("intact", { entries: report.entries, unkeyed: report.unkeyedEntries ?? 0, erased: report.erasedEntries ?? 0 });
}
