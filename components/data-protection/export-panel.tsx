"use client";

import { useEffect, useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { getWorkspaceExportProgressAction, startWorkspaceExportAction } from "@/app/(app)/[workspace]/admin/export/actions";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useServerErrorText } from "@/components/ui/use-action-error-text";
import { describeExportProgress, type ExportProgressView, type ProgressTranslator } from "./export-progress-text";

const POLL_MS = 1_000;

/**
 * Start → a download link (a plain <a>, so the browser streams the ZIP to disk) → progress polled
 * from the export row while the archive is written.
 */
export function ExportPanel({ workspaceId }: { workspaceId: string }) {
  const t = useTranslations("dataProtection.export");
  const tProgress = useTranslations("dataProtection.export.progress");
  const format = useFormatter();
  const formatNumber = (value: number, digits: number) => format.number(value, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const serverErrorText = useServerErrorText();
  const [exportId, setExportId] = useState<string | null>(null);
  const [progress, setProgress] = useState<ExportProgressView | null>(null);
  const start = useAction(startWorkspaceExportAction, {
    onSuccess: ({ data }) => {
      if (!data) return;
      setExportId(data.exportId);
      setProgress(null);
    },
  });
  const poll = useAction(getWorkspaceExportProgressAction, { onSuccess: ({ data }) => data && setProgress(data) });
  const { execute: executePoll } = poll;

  useEffect(() => {
    if (!exportId || progress?.status === "done" || progress?.status === "failed") return;
    const timer = setInterval(() => executePoll({ workspaceId, exportId }), POLL_MS);
    return () => clearInterval(timer);
  }, [exportId, progress?.status, workspaceId, executePoll]);

  const startError = start.result.serverError ? serverErrorText(start.result.serverError) : null;
  return (
    <section aria-labelledby="export-heading" className="mb-8 space-y-3">
      <h2 id="export-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <Button disabled={start.isPending} onClick={() => start.execute({ workspaceId })}>
        {start.isPending ? t("preparing") : t("prepare")}
      </Button>
      {startError ? <Alert tone="error">{startError}</Alert> : null}
      {exportId ? (
        <div className="space-y-2">
          {progress === null || progress.status === "pending" ? (
            <a
              className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm"
              href={`/api/workspace-export?${new URLSearchParams({ workspaceId, exportId })}`}
              onClick={() => executePoll({ workspaceId, exportId })}
              download
            >
              {t("download")}
            </a>
          ) : null}
          <p aria-live="polite" className="text-sm text-slate-700" data-testid="export-progress">
            {progress ? describeExportProgress(progress, tProgress as ProgressTranslator, formatNumber) : t("readyOnce")}
          </p>
        </div>
      ) : null}
    </section>
  );
}
