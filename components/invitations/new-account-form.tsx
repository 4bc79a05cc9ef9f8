"use client";

import { signIn } from "next-auth/react";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { acceptInvitationNewAccountAction } from "@/app/(auth)/invite/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { useServerErrorText } from "@/components/ui/use-action-error-text";

/**
 * The invitee creates their account: their own name and password, checked on the server against
 * the password policy. Then they are signed in with the password they just chose (as after first-run
 * setup); if that fails, the sign-in page opens with their email filled in.
 */
export function NewAccountForm({ token, email, passwordMinLength }: { token: string; email: string; passwordMinLength: number }) {
  const router = useRouter();
  const t = useTranslations("invitations.newAccount");
  const serverErrorText = useServerErrorText();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const [signingIn, setSigningIn] = useState(false);
  const { execute, result, isPending } = useAction(acceptInvitationNewAccountAction, {
    async onSuccess({ data }) {
      if (!data) return;
      setSigningIn(true);
      const signedIn = await signIn("credentials", { email: data.email, password, redirect: false }).catch(() => null);
      if (signedIn && !signedIn.error) {
        router.push(`/${data.workspaceSlug}`);
        router.refresh();
      } else {
        router.push(`/login?email=${encodeURIComponent(data.email)}&invited=1`);
      }
    },
  });
  const fieldErrors = result.validationErrors?.fieldErrors;
  // The policy check needs the invited email and name, so it answers as a server error with code invalid_input.
  const policyError = result.serverError?.code === "invalid_input" ? serverErrorText(result.serverError) : undefined;
  const otherError = result.serverError && !policyError ? serverErrorText(result.serverError) : undefined;
  const passwordError = fieldErrors?.password?.[0] ?? policyError;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (password !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    execute({ token, name, password });
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div aria-live="polite">
        {otherError ? <Alert tone="error">{otherError}</Alert> : null}
        {signingIn ? <Alert tone="success">{t("created")}</Alert> : null}
      </div>
      <Field id="invite-account-email" label={t("email")}>
        <TextInput id="invite-account-email" type="email" value={email} readOnly autoComplete="username" />
      </Field>
      <Field id="invite-name" label={t("name")} error={fieldErrors?.name?.[0]}>
        <TextInput
          id="invite-name"
          autoComplete="name"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldErrors?.name?.[0]}
        />
      </Field>
      <NewPasswordFields
        idPrefix="invite"
        label={t("password")}
        minLength={passwordMinLength}
        password={password}
        onPasswordChange={setPassword}
        repeat={repeat}
        onRepeatChange={setRepeat}
        mismatch={mismatch}
        passwordError={passwordError}
      />
      <Button type="submit" className="w-full" disabled={isPending || signingIn}>
        {isPending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
