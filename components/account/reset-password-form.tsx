"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { NewPasswordFields } from "./new-password-fields";

export function ResetPasswordForm({ token, email, minLength }: { token: string; email: string; minLength: number }) {
  const t = useTranslations("auth.resetPassword");
  const errorText = useActionErrorText();
  const [newPassword, setNewPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const { execute, result, isPending, hasSucceeded } = useAction(resetPasswordAction);
  const error = errorText(result);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isMismatch = newPassword !== confirmation;
    setMismatch(isMismatch);
    if (!isMismatch) execute({ token, newPassword });
  }

  if (hasSucceeded) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{t("done")}</Alert>
        <Link href="/login?reason=password_reset" className="block text-center text-sm font-medium text-brand-700 underline">
          {t("signInWithNew")}
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      {error ? <Alert tone="error">{error}</Alert> : null}
      <NewPasswordFields
        idPrefix="reset"
        label={t("newPassword")}
        minLength={minLength}
        password={newPassword}
        onPasswordChange={setNewPassword}
        repeat={confirmation}
        onRepeatChange={setConfirmation}
        mismatch={mismatch}
      />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
