"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { safeCallbackPath } from "@/lib/auth/callback-url";

export type DemoAccount = { email: string; name: string; role: string };

export function SignInForm({
  initialEmail,
  notice,
  passwordSignIn,
  demoAccounts,
  demoPassword,
  sso,
}: {
  initialEmail: string;
  /** One line from the flow that sent the person here ("Your password was changed…"). */
  notice: { tone: "info" | "error"; text: string } | null;
  /** False on SSO-only instances (AUTH_PASSWORD_SIGNIN=false): only the SSO button is offered. */
  passwordSignIn: boolean;
  demoAccounts: DemoAccount[] | null;
  demoPassword: string | null;
  sso: { id: string; name: string } | null;
}) {
  const router = useRouter();
  const searchParams = useSearchParams();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsPending(true);
    setError(null);
    const result = await signIn("credentials", { email, password, redirect: false });
    setIsPending(false);
    if (!result || result.error) {
      // The server sends only the generic message (or the rate-limit one); show it as is.
      setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "Email or password is incorrect.");
      return;
    }
    router.push(safeCallbackPath(searchParams.get("callbackUrl")));
    router.refresh();
  }

  return (
    <div className="space-y-6">
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {passwordSignIn ? (
        <form onSubmit={submit} className="space-y-4" aria-describedby={error ? "sign-in-error" : undefined} noValidate>
          {error ? (
            <div id="sign-in-error">
              <Alert tone="error">{error}</Alert>
            </div>
          ) : null}
          <Field id="email" label="Email">
            <TextInput
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </Field>
          <Field id="password" label="Password">
            <TextInput
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </Field>
          <Button type="submit" className="w-full" disabled={isPending}>
            {isPending ? "Signing in…" : "Sign in"}
          </Button>
          <p className="text-center text-sm">
            <Link href="/forgot-password" className="text-brand-700 underline">
              Forgot password?
            </Link>
          </p>
        </form>
      ) : null}

      {sso ? (
        <Button
          variant={passwordSignIn ? "secondary" : "primary"}
          className="w-full"
          onClick={() => signIn(sso.id, { callbackUrl: safeCallbackPath(searchParams.get("callbackUrl")) })}
        >
          Sign in with {sso.name}
        </Button>
      ) : null}

      {passwordSignIn && demoAccounts && demoPassword ? (
        <section aria-labelledby="demo-accounts-heading" className="rounded-md border border-brand-100 bg-brand-50 p-4">
          <h2 id="demo-accounts-heading" className="text-sm font-semibold text-brand-900">
            Demo accounts (password: <code>{demoPassword}</code>)
          </h2>
          <ul className="mt-2 space-y-1">
            {demoAccounts.map((account) => (
              <li key={account.email}>
                <button
                  type="button"
                  className="text-left text-sm text-brand-700 underline"
                  onClick={() => {
                    setEmail(account.email);
                    setPassword(demoPassword);
                  }}
                >
                  {account.role}: {account.email}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
