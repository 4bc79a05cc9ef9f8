"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { archiveCampaignAction, restoreCampaignAction } from "@/app/(app)/[workspace]/campaigns/actions";
import { describeActionError } from "@/components/ui/action-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/inline-confirm";

/** Archive (asks first) or restore a campaign; its assets, briefs and KPIs stay either way. */
export function ArchiveCampaignButton({ workspaceId, campaignId, name, isArchived }: { workspaceId: string; campaignId: string; name: string; isArchived: boolean }) {
  const router = useRouter();
  const archive = useAction(archiveCampaignAction, { onSuccess: () => router.refresh() });
  const restore = useAction(restoreCampaignAction, { onSuccess: () => router.refresh() });
  const error = describeActionError(archive.result) ?? describeActionError(restore.result);
  return (
    <div className="grid gap-2">
      {isArchived ? (
        <div>
          <Button type="button" variant="secondary" disabled={restore.isPending} onClick={() => restore.execute({ workspaceId, campaignId })}>
            Restore campaign
          </Button>
        </div>
      ) : (
        <div className="justify-self-start">
          <ConfirmButton
            label="Archive campaign"
            variant="secondary"
            question={`Archive “${name}”?`}
            consequence="It leaves the campaign list and the Generate form's campaign picker. Its assets, briefs and KPIs stay, and you can restore it."
            confirmLabel="Yes, archive"
            tone="caution"
            isPending={archive.isPending}
            onConfirm={() => archive.execute({ workspaceId, campaignId })}
          />
        </div>
      )}
      <div aria-live="polite">{error ? <Alert tone="error">{error}</Alert> : null}</div>
    </div>
  );
}
