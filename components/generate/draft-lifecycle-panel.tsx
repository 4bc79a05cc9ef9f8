"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { archiveDraftAction, restoreDraftAction } from "@/app/(app)/[workspace]/generate/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeActionError } from "@/components/ui/action-error";

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
  archiveUnavailableReason: string | null;
  duplicateHref: string | null;
}) {
  const router = useRouter();
  const archive = useAction(archiveDraftAction, { onSuccess: () => router.refresh() });
  const restore = useAction(restoreDraftAction, { onSuccess: () => router.refresh() });
  const error = describeActionError(archive.result) ?? describeActionError(restore.result);
  const busy = archive.isPending || restore.isPending;

  return (
    <section aria-label="Draft" className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      {isArchived ? <p className="font-medium text-amber-800">Archived: this draft is hidden from the library.</p> : null}
      {canArchive ? (
        isArchived ? (
          <Button type="button" variant="secondary" disabled={busy} onClick={() => restore.execute({ workspaceId, assetId })}>
            Restore draft
          </Button>
        ) : (
          <Button type="button" variant="secondary" disabled={busy} onClick={() => archive.execute({ workspaceId, assetId, reason: "archive" })}>
            Archive draft
          </Button>
        )
      ) : archiveUnavailableReason ? (
        <p className="text-slate-600">{archiveUnavailableReason}</p>
      ) : null}
      {duplicateHref ? (
        <Link href={duplicateHref} className="text-brand-700 underline">
          Duplicate brief
        </Link>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </section>
  );
}
