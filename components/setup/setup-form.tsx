"use client";

import { signIn } from "next-auth/react";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { completeSetupAction } from "@/app/(auth)/setup/actions";
import { suggestSlug } from "@/lib/workspaces/slug";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { useActionErrorText } from "@/components/ui/use-action-error-text";

type Values = { workspaceName: string; slug: string; name: string; email: string; password: string; passwordConfirm: string; token: string };

export function SetupForm({ token }: { token: string }) {
  const router = useRouter();
  const t = useTranslations("setup.form");
  const tPassword = useTranslations("account.newPassword");
  const errorText = useActionErrorText();
  // The page offers the form only for a valid token from the link; a field stays for an empty one.
  const tokenFromLink = token.length > 0;
  const [values, setValues] = useState<Values>({ workspaceName: "", slug: "", name: "", email: "", password: "", passwordConfirm: "", token });
  const [slugEdited, setSlugEdited] = useState(false);
  const [signInFailed, setSignInFailed] = useState(false);
  const { execute, result, isPending, hasSucceeded } = useAction(completeSetupAction, {
    async onSuccess({ data }) {
      if (!data) return;
      // The person just chose this password: sign them in and open their workspace.
      const signedIn = await signIn("credentials", { email: data.email, password: values.password, redirect: false });
      if (signedIn && !signedIn.error) {
        router.push(`/${data.slug}`);
        router.refresh();
      } else {
        setSignInFailed(true);
        router.push(`/login?email=${encodeURIComponent(data.email)}`);
      }
    },
    onError({ error }) {
      // Someone finished setup first: this page is gone, sign-in is what remains.
      if (error.serverError?.code === "conflict") router.replace("/login");
    },
  });
  const fieldErrors = result.validationErrors?.fieldErrors;

  const set = (key: keyof Values) => (event: React.ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    setValues((current) => ({
      ...current,
      [key]: value,
      ...(key === "workspaceName" && !slugEdited ? { slug: suggestSlug(value) } : {}),
    }));
    if (key === "slug") setSlugEdited(true);
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    execute(values);
  }

  const field = (key: keyof Values, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <Field id={`setup-${key}`} label={label} error={fieldErrors?.[key]?.[0]}>
      <TextInput id={`setup-${key}`} name={key} value={values[key]} onChange={set(key)} error={fieldErrors?.[key]?.[0]} required {...props} />
    </Field>
  );

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div aria-live="polite">
        {result.serverError ? <Alert tone="error">{errorText(result)}</Alert> : null}
        {tokenFromLink && fieldErrors?.token?.[0] ? <Alert tone="error">{fieldErrors.token[0]}</Alert> : null}
        {hasSucceeded ? <Alert tone="success">{signInFailed ? t("doneSignIn") : t("doneSigningIn")}</Alert> : null}
      </div>
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">{t("workspaceLegend")}</legend>
        {field("workspaceName", t("workspaceName"), { autoComplete: "organization" })}
        {field("slug", t("slug"), { autoCapitalize: "none", spellCheck: false })}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">{t("adminLegend")}</legend>
        {field("name", t("name"), { autoComplete: "name" })}
        {field("email", t("email"), { type: "email", autoComplete: "username" })}
        {field("password", t("password"), { type: "password", autoComplete: "new-password" })}
        {field("passwordConfirm", tPassword("repeatLabel"), { type: "password", autoComplete: "new-password" })}
      </fieldset>
      {tokenFromLink ? (
        // The link carried the token: nothing to type, but it still travels with the form.
        <input type="hidden" name="token" value={values.token} />
      ) : (
        field("token", t("token"), { autoComplete: "off", spellCheck: false })
      )}
      <Button type="submit" className="w-full" disabled={isPending || hasSucceeded}>
        {isPending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
