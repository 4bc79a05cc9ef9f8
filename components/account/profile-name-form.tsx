"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { updateNameAction } from "@/app/(account)/account/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { useActionErrorText } from "@/components/ui/use-action-error-text";

export function ProfileNameForm({ name: initialName, email }: { name: string; email: string }) {
  const router = useRouter();
  const t = useTranslations("account.profileForm");
  const errorText = useActionErrorText();
  const [name, setName] = useState(initialName);
  const { execute, result, isPending, hasSucceeded } = useAction(updateNameAction, { onSuccess: () => router.refresh() });
  const nameError = result.validationErrors?.fieldErrors?.name?.[0];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    execute({ name });
  }

  return (
    <section aria-labelledby="profile-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="profile-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {t.rich("signedInAs", { email, strong: (chunks) => <span className="font-medium text-slate-800">{chunks}</span> })}
      </p>
      <form onSubmit={submit} className="mt-3 grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end" noValidate>
        <Field id="profile-name" label={t("nameLabel")} error={nameError}>
          <TextInput
            id="profile-name"
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={nameError}
            required
            maxLength={100}
          />
        </Field>
        <Button type="submit" disabled={isPending}>
          {isPending ? t("saving") : t("save")}
        </Button>
      </form>
      <div className="mt-3" aria-live="polite">
        {result.serverError ? <Alert tone="error">{errorText(result)}</Alert> : null}
        {hasSucceeded ? <Alert tone="success">{t("saved")}</Alert> : null}
      </div>
    </section>
  );
}
