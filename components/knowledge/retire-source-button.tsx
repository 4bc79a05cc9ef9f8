"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { retireSourceAction } from "@/app/(app)/[workspace]/knowledge/actions";
import { Button } from "@/components/ui/button";

export function RetireSourceButton({ workspaceId, sourceId }: { workspaceId: string; sourceId: string }) {
  const router = useRouter();
  const retire = useAction(retireSourceAction, { onSuccess: () => router.refresh() });
  return (
    <div className="flex items-center gap-2">
      <Button
        variant="danger"
        disabled={retire.isPending}
        onClick={() => {
          if (window.confirm("Retire this source? It stops being retrieved; assets that cite it keep their citations.")) {
            retire.execute({ workspaceId, sourceId });
          }
        }}
      >
        Retire source
      </Button>
      {retire.result.serverError ? <span className="text-sm text-red-700">{retire.result.serverError.message}</span> : null}
    </div>
  );
}
