"use client";

import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { describeActionError } from "@/components/ui/action-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { PasswordRules } from "./password-rules";
import { PASSWORD_MISMATCH_MESSAGE, REPEAT_PASSWORD_LABEL } from "@/lib/auth/password-wording";

export function ResetPasswordForm({ token, email, minLength }: { token: string; email: string; minLength: number }) {
  const [newPassword, setNewPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const { execute, result, isPending, hasSucceeded } = useAction(resetPasswordAction);
  const error = describeActionError(result);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isMismatch = newPassword !== confirmation;
    setMismatch(isMismatch);
    if (!isMismatch) execute({ token, newPassword });
  }

  if (hasSucceeded) {
    return (
      <div className="space-y-4">
        <Alert tone="success">Your new password is set, and every earlier session of your account has ended.</Alert>
        <Link href="/login?reason=password_reset" className="block text-center text-sm font-medium text-brand-700 underline">
          Sign in with your new password
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div>
        <Field id="reset-new-password" label="New password">
          <TextInput
            id="reset-new-password"
            type="password"
            autoComplete="new-password"
            aria-describedby="reset-password-rules"
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
            minLength={minLength}
            required
          />
        </Field>
        <PasswordRules id="reset-password-rules" minLength={minLength} />
      </div>
      <Field id="reset-confirm-password" label={REPEAT_PASSWORD_LABEL} error={mismatch ? PASSWORD_MISMATCH_MESSAGE : undefined}>
        <TextInput
          id="reset-confirm-password"
          type="password"
          autoComplete="new-password"
          value={confirmation}
          onChange={(event) => setConfirmation(event.target.value)}
          error={mismatch ? PASSWORD_MISMATCH_MESSAGE : undefined}
          required
        />
      </Field>
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
