"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { grantInstanceOwnerAction, revokeInstanceOwnerAction } from "@/app/(instance)/instance/workspaces/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/inline-confirm";
import { Field, TextInput } from "@/components/ui/field";
import { useActionErrorText } from "@/components/ui/use-action-error-text";

export type InstanceOwnerRow = { userId: string; email: string; name: string; disabled: boolean };

export function InstanceOwners({ currentUserId, owners }: { currentUserId: string; owners: InstanceOwnerRow[] }) {
  const router = useRouter();
  const t = useTranslations("instance.owners");
  const errorText = useActionErrorText();
  const [email, setEmail] = useState("");
  const grant = useAction(grantInstanceOwnerAction, {
    onSuccess: () => {
      setEmail("");
      router.refresh();
    },
  });
  const revoke = useAction(revokeInstanceOwnerAction, {
    // Revoking yourself ends your access to this page.
    onSuccess: ({ data }) => (data?.userId === currentUserId ? router.push("/") : router.refresh()),
  });
  const error = errorText(grant.result) ?? errorText(revoke.result);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    grant.execute({ email });
  }

  return (
    <section aria-labelledby="owners-heading" className="space-y-3">
      <h2 id="owners-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-600">{t("description")}</p>
      <div aria-live="polite">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {grant.hasSucceeded && grant.result.data ? <Alert tone="success">{t("granted", { email: grant.result.data.email })}</Alert> : null}
      </div>
      <form onSubmit={submit} className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-start" noValidate>
        <Field id="owner-email" label={t("emailLabel")} error={grant.result.validationErrors?.fieldErrors?.email?.[0]}>
          <TextInput
            id="owner-email"
            type="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={grant.result.validationErrors?.fieldErrors?.email?.[0]}
            required
          />
        </Field>
        <Button type="submit" disabled={grant.isPending} className="sm:mt-6">
          {grant.isPending ? t("promoting") : t("promote")}
        </Button>
      </form>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {owners.map((owner) => (
          <li key={owner.userId} className="flex items-center justify-between gap-3 px-4 py-2 text-sm" data-testid={`owner-${owner.email}`}>
            <div>
              <div className="font-medium">
                {owner.name} {owner.disabled ? <span className="text-slate-500">{t("disabled")}</span> : null}
              </div>
              <div className="text-slate-600">{owner.email}</div>
            </div>
            <ConfirmButton
              label={owner.userId === currentUserId ? t("self.label") : t("other.label")}
              // The accessible name starts with the visible text (WCAG 2.5.3 label in name).
              ariaLabel={owner.userId === currentUserId ? t("self.ariaLabel", { email: owner.email }) : t("other.ariaLabel", { email: owner.email })}
              isPending={revoke.isPending}
              question={owner.userId === currentUserId ? t("self.question") : t("other.question", { email: owner.email })}
              consequence={owner.userId === currentUserId ? t("self.consequence") : t("other.consequence")}
              confirmLabel={owner.userId === currentUserId ? t("self.confirm") : t("other.confirm")}
              testId="remove-owner-confirm"
              onConfirm={() => revoke.execute({ userId: owner.userId })}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
