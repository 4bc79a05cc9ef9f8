"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { requestPasswordResetAction } from "@/app/(auth)/forgot-password/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { useActionErrorText } from "@/components/ui/use-action-error-text";

export function ForgotPasswordForm({ resetTtlMinutes }: { resetTtlMinutes: number }) {
  const t = useTranslations("auth.forgotPassword");
  const errorText = useActionErrorText();
  const [email, setEmail] = useState("");
  const { execute, result, isPending, hasSucceeded } = useAction(requestPasswordResetAction);
  const emailError = result.validationErrors?.fieldErrors?.email?.[0];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    execute({ email });
  }

  if (hasSucceeded && result.data) {
    // The same answer whether or not the address has an account (lib/account/request-reset.ts), worded here.
    return <Alert tone="success">{t("sent", { minutes: resetTtlMinutes })}</Alert>;
  }
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {result.serverError ? <Alert tone="error">{errorText(result)}</Alert> : null}
      <Field id="reset-email" label={t("email")} error={emailError}>
        <TextInput
          id="reset-email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={emailError}
          required
        />
      </Field>
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
