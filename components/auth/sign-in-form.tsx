"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { GENERIC_SIGN_IN_ERROR, PASSWORD_SIGN_IN_DISABLED_ERROR, RATE_LIMITED_SIGN_IN_ERROR } from "@/lib/auth/sign-in-errors";

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
  const t = useTranslations("auth.signIn");
  const searchParams = useSearchParams();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  // The server sends one of a few fixed English sentences (lib/auth/credentials.ts); each is shown in the reader's language.
  function signInErrorText(error: string | null | undefined): string {
    if (error === RATE_LIMITED_SIGN_IN_ERROR) return t("errors.rateLimited");
    if (error === PASSWORD_SIGN_IN_DISABLED_ERROR) return t("errors.passwordDisabled");
    if (!error || error === "CredentialsSignin" || error === GENERIC_SIGN_IN_ERROR) return t("errors.incorrect");
    return t("errors.incomplete");
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsPending(true);
    setError(null);
    const result = await signIn("credentials", { email, password, redirect: false });
    setIsPending(false);
    if (!result || result.error) {
      // The server sends only the generic message (or the rate-limit one); show it as is.
      setError(signInErrorText(result?.error));
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
          <Field id="email" label={t("email")}>
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
          <Field id="password" label={t("password")}>
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
            {isPending ? t("submitting") : t("submit")}
          </Button>
          <p className="text-center text-sm">
            <Link href="/forgot-password" className="text-brand-700 underline">
              {t("forgotPassword")}
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
          {t("withSso", { provider: sso.name })}
        </Button>
      ) : null}

      {passwordSignIn && demoAccounts && demoPassword ? (
        <section aria-labelledby="demo-accounts-heading" className="rounded-md border border-brand-100 bg-brand-50 p-4">
          <h2 id="demo-accounts-heading" className="text-sm font-semibold text-brand-900">
            {t.rich("demoAccounts", { password: demoPassword, code: (chunks) => <code>{chunks}</code> })}
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
                  {t("demoAccount", { role: account.role, email: account.email })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
