"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { acceptInvitationAsSignedInAction } from "@/app/(auth)/invite/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionErrorText } from "@/components/ui/use-action-error-text";

export function AcceptInvitationButton({ token, workspaceName }: { token: string; workspaceName: string }) {
  const router = useRouter();
  const t = useTranslations("invitations.accept");
  const errorText = useActionErrorText();
  const { execute, result, isPending } = useAction(acceptInvitationAsSignedInAction, {
    onSuccess: ({ data }) => {
      if (!data) return;
      router.push(`/${data.workspaceSlug}`);
      router.refresh();
    },
  });
  const error = errorText(result);
  return (
    <div className="space-y-3">
      <div aria-live="polite">{error ? <Alert tone="error">{error}</Alert> : null}</div>
      <Button className="w-full" disabled={isPending} onClick={() => execute({ token })}>
        {isPending ? t("joining") : t("submit", { workspace: workspaceName })}
      </Button>
    </div>
  );
}
