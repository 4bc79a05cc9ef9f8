"use client";

import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { changePasswordAction } from "@/app/(account)/account/actions";
import { describeActionError } from "@/components/ui/action-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { leaveEndedSession } from "./end-session";
import { NewPasswordFields } from "./new-password-fields";

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const { execute, result, isPending, hasSucceeded } = useAction(changePasswordAction, {
    // Every session of the account has ended, this one too: sign in again with the new password.
    onSuccess: () => leaveEndedSession("password_changed"),
  });
  const error = describeActionError(result);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isMismatch = newPassword !== confirmation;
    setMismatch(isMismatch);
    if (!isMismatch) execute({ currentPassword, newPassword });
  }

  return (
    <section aria-labelledby="password-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="password-heading" className="text-lg font-medium">
        Change password
      </h2>
      <p className="mt-1 text-sm text-slate-600">Changing your password signs your account out everywhere, this browser included.</p>
      <form onSubmit={submit} className="mt-3 max-w-md space-y-3" noValidate>
        <Field id="current-password" label="Current password">
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
          label="New password"
          minLength={minLength}
          password={newPassword}
          onPasswordChange={setNewPassword}
          repeat={confirmation}
          onRepeatChange={setConfirmation}
          mismatch={mismatch}
        />
        <Button type="submit" disabled={isPending || hasSucceeded}>
          {isPending ? "Changing…" : "Change password"}
        </Button>
      </form>
      <div className="mt-3" aria-live="polite">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {hasSucceeded ? <Alert tone="success">Password changed. Sign in again with your new password…</Alert> : null}
      </div>
    </section>
  );
}
