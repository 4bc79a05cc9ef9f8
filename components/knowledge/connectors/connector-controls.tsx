"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { syncConnectorAction, updateConnectorScheduleAction } from "@/app/(app)/[workspace]/knowledge/connector-actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Button } from "@/components/ui/button";

/** Sync now and the pause switch of one connector. */
export function ConnectorControls({ workspaceId, connectorId, name, isPaused, isSyncing }: { workspaceId: string; connectorId: string; name: string; isPaused: boolean; isSyncing: boolean }) {
  const t = useTranslations("knowledge.connectors.controls");
  const errorText = useActionErrorText();
  const router = useRouter();
  const sync = useAction(syncConnectorAction, { onSuccess: () => router.refresh() });
  const pause = useAction(updateConnectorScheduleAction, { onSuccess: () => router.refresh() });
  const error = errorText(sync.result) ?? errorText(pause.result);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="secondary" disabled={sync.isPending || isSyncing} onClick={() => sync.execute({ workspaceId, connectorId })}>
        {isSyncing ? t("syncing") : t("syncNow")}
        <span className="sr-only"> {name}</span>
      </Button>
      <Button variant="secondary" disabled={pause.isPending} onClick={() => pause.execute({ workspaceId, connectorId, isPaused: !isPaused })}>
        {isPaused ? t("resume") : t("pause")}
        <span className="sr-only"> {name}</span>
      </Button>
      {error ? <span className="text-sm text-red-700">{error}</span> : null}
    </div>
  );
}
