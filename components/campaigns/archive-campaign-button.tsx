"use client";

import { useTranslations } from "next-intl";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { archiveCampaignAction, restoreCampaignAction } from "@/app/(app)/[workspace]/campaigns/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/inline-confirm";

/** Archive (asks first) or restore a campaign; its assets, briefs and KPIs stay either way. */
export function ArchiveCampaignButton({ workspaceId, campaignId, name, isArchived }: { workspaceId: string; campaignId: string; name: string; isArchived: boolean }) {
  const t = useTranslations("campaigns.archive");
  const errorText = useActionErrorText();
  const router = useRouter();
  const archive = useAction(archiveCampaignAction, { onSuccess: () => router.refresh() });
  const restore = useAction(restoreCampaignAction, { onSuccess: () => router.refresh() });
  const error = errorText(archive.result) ?? errorText(restore.result);
  return (
    <div className="grid gap-2">
      {isArchived ? (
        <div>
          <Button type="button" variant="secondary" disabled={restore.isPending} onClick={() => restore.execute({ workspaceId, campaignId })}>
            {t("restore")}
          </Button>
        </div>
      ) : (
        <div className="justify-self-start">
          <ConfirmButton
            label={t("archive")}
            variant="secondary"
            question={t("question", { name })}
            consequence={t("consequence")}
            confirmLabel={t("confirm")}
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
