"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { acceptInvitationAsSignedInAction } from "@/app/(auth)/invite/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeActionError } from "@/components/ui/action-error";

export function AcceptInvitationButton({ token, workspaceName }: { token: string; workspaceName: string }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(acceptInvitationAsSignedInAction, {
    onSuccess: ({ data }) => {
      if (!data) return;
      router.push(`/${data.workspaceSlug}`);
      router.refresh();
    },
  });
  const error = describeActionError(result);
  return (
    <div className="space-y-3">
      <div aria-live="polite">{error ? <Alert tone="error">{error}</Alert> : null}</div>
      <Button className="w-full" disabled={isPending} onClick={() => execute({ token })}>
        {isPending ? "Joining…" : `Accept and join ${workspaceName}`}
      </Button>
    </div>
  );
}
