"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { archiveDraftAction, restoreDraftAction } from "@/app/(app)/[workspace]/generate/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import type { ArchiveUnavailableReason } from "./draft-rights";

/**
 * The asset page's draft controls: archive or restore (the author's own draft, or any as admin)
 * and "Duplicate brief", which opens Generate with this asset's brief filled in.
 */
export function DraftLifecyclePanel({
  workspaceId,
  assetId,
  isArchived,
  canArchive,
  archiveUnavailableReason,
  duplicateHref,
}: {
  workspaceId: string;
  assetId: string;
  isArchived: boolean;
  canArchive: boolean;
  /** Shown instead of the button when archiving is not possible, so the control does not just vanish. */
  archiveUnavailableReason: ArchiveUnavailableReason | null;
  duplicateHref: string | null;
}) {
  const router = useRouter();
  const t = useTranslations("generate.draftPanel");
  const errorText = useActionErrorText();
  const archive = useAction(archiveDraftAction, { onSuccess: () => router.refresh() });
  const restore = useAction(restoreDraftAction, { onSuccess: () => router.refresh() });
  const error = errorText(archive.result) ?? errorText(restore.result);
  const busy = archive.isPending || restore.isPending;

  return (
    <section aria-label={t("label")} className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      {isArchived ? <p className="font-medium text-amber-800">{t("archivedNote")}</p> : null}
      {canArchive ? (
        isArchived ? (
          <Button type="button" variant="secondary" disabled={busy} onClick={() => restore.execute({ workspaceId, assetId })}>
            {t("restore")}
          </Button>
        ) : (
          <Button type="button" variant="secondary" disabled={busy} onClick={() => archive.execute({ workspaceId, assetId, reason: "archive" })}>
            {t("archive")}
          </Button>
        )
      ) : archiveUnavailableReason ? (
        <p className="text-slate-600">{t(`reason.${archiveUnavailableReason}`)}</p>
      ) : null}
      {duplicateHref ? (
        <Link href={duplicateHref} className="text-brand-700 underline">
          {t("duplicateBrief")}
        </Link>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </section>
  );
}
