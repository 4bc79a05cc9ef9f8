"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { retireSourceAction } from "@/app/(app)/[workspace]/knowledge/actions";
import { ConfirmButton } from "@/components/ui/inline-confirm";

export function RetireSourceButton({ workspaceId, sourceId }: { workspaceId: string; sourceId: string }) {
  const router = useRouter();
  const retire = useAction(retireSourceAction, { onSuccess: () => router.refresh() });
  return (
    <div className="flex items-center gap-2">
      <ConfirmButton
        label="Retire source"
        question="Retire this source?"
        consequence="It stops being retrieved; assets that cite it keep their citations."
        confirmLabel="Confirm retiring"
        testId="retire-source-confirm"
        isPending={retire.isPending}
        onConfirm={() => retire.execute({ workspaceId, sourceId })}
      />
      {retire.result.serverError ? <span className="text-sm text-red-700">{retire.result.serverError.message}</span> : null}
    </div>
  );
}
