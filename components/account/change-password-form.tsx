"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { changePasswordAction } from "@/app/(account)/account/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { leaveEndedSession } from "./end-session";
import { NewPasswordFields } from "./new-password-fields";

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const t = useTranslations("account.changePassword");
  const errorText = useActionErrorText();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const { execute, result, isPending, hasSucceeded } = useAction(changePasswordAction, {
    // Every session of the account has ended, this one too: sign in again with the new password.
    onSuccess: () => leaveEndedSession("password_changed"),
  });
  const error = errorText(result);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isMismatch = newPassword !== confirmation;
    setMismatch(isMismatch);
    if (!isMismatch) execute({ currentPassword, newPassword });
  }

  return (
    <section aria-labelledby="password-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="password-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("description")}</p>
      <form onSubmit={submit} className="mt-3 max-w-md space-y-3" noValidate>
        <Field id="current-password" label={t("currentPassword")}>
          <TextInput
            id="current-password"
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.target.value)}
            required
          />
        </Field>
        <NewPasswordFields
          idPrefix="new"
          label={t("newPassword")}
          minLength={minLength}
          password={newPassword}
          onPasswordChange={setNewPassword}
          repeat={confirmation}
          onRepeatChange={setConfirmation}
          mismatch={mismatch}
        />
        <Button type="submit" disabled={isPending || hasSucceeded}>
          {isPending ? t("submitting") : t("submit")}
        </Button>
      </form>
      <div className="mt-3" aria-live="polite">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {hasSucceeded ? <Alert tone="success">{t("changed")}</Alert> : null}
      </div>
    </section>
  );
}
