"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { retireSourceAction } from "@/app/(app)/[workspace]/knowledge/actions";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/inline-confirm";

export function RetireSourceButton({ workspaceId, sourceId }: { workspaceId: string; sourceId: string }) {
  const router = useRouter();
  const t = useTranslations("knowledge.retire");
  const retire = useAction(retireSourceAction, { onSuccess: () => router.refresh() });
  return (
    <div className="flex items-center gap-2">
      <ConfirmButton
        label={t("label")}
        question={t("question")}
        consequence={t("consequence")}
        confirmLabel={t("confirm")}
        testId="retire-source-confirm"
        isPending={retire.isPending}
        onConfirm={() => retire.execute({ workspaceId, sourceId })}
      />
      {retire.result.serverError ? <span className="text-sm text-red-700">{retire.result.serverError.message}</span> : null}
    </div>
  );
}
