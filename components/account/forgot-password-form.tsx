"use client";

import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { requestPasswordResetAction } from "@/app/(auth)/forgot-password/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";

export function ForgotPasswordForm() {
  const [email, setEmail] = useState("");
  const { execute, result, isPending, hasSucceeded } = useAction(requestPasswordResetAction);
  const emailError = result.validationErrors?.fieldErrors?.email?.[0];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    execute({ email });
  }

  if (hasSucceeded && result.data) {
    return <Alert tone="success">{result.data.message}</Alert>;
  }
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}
      <Field id="reset-email" label="Email" error={emailError}>
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
        {isPending ? "Sending…" : "Send me a link"}
      </Button>
    </form>
  );
}
