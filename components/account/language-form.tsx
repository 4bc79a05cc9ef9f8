"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { updateLocaleAction } from "@/app/(account)/account/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { writeLocaleCookie } from "@/lib/i18n/locale-cookie";
import { isUiLocale, LOCALE_SELF_NAMES, UI_LOCALES, type UiLocale } from "@/lib/i18n/locales";

/** The option value for "no saved choice": the browser's Accept-Language decides. */
const FOLLOW_BROWSER = "";

/** Your account → Language: saved on the profile, so it follows the member to every device. */
export function LanguageForm({ savedLocale, browserLocale }: { savedLocale: UiLocale | null; browserLocale: UiLocale }) {
  const t = useTranslations("language");
  const tAccount = useTranslations("account.languageForm");
  const router = useRouter();
  const errorText = useActionErrorText();
  const [choice, setChoice] = useState<string>(savedLocale ?? FOLLOW_BROWSER);
  const { execute, result, isPending, hasSucceeded } = useAction(updateLocaleAction, {
    onSuccess: ({ data }) => {
      // The cookie mirrors the profile, so signed-out pages in this browser speak the same language.
      writeLocaleCookie(data?.locale ?? null);
      router.refresh();
    },
  });
  const fieldError = result.validationErrors?.fieldErrors?.locale?.[0];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    execute({ locale: isUiLocale(choice) ? choice : null });
  }

  return (
    <section aria-labelledby="language-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="language-heading" className="text-lg font-medium">
        {t("label")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{tAccount("description")}</p>
      <form onSubmit={submit} className="mt-3 grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end" noValidate>
        <Field id="account-language" label={t("label")} error={fieldError}>
          <Select id="account-language" value={choice} onChange={(event) => setChoice(event.target.value)} error={fieldError}>
            <option value={FOLLOW_BROWSER}>{t("followBrowser", { detected: LOCALE_SELF_NAMES[browserLocale] })}</option>
            {UI_LOCALES.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {LOCALE_SELF_NAMES[locale]}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" disabled={isPending}>
          {isPending ? tAccount("saving") : tAccount("save")}
        </Button>
      </form>
      <div className="mt-3" aria-live="polite">
        {result.serverError && !fieldError ? <Alert tone="error">{errorText(result)}</Alert> : null}
        {hasSucceeded ? <Alert tone="success">{t("saved")}</Alert> : null}
      </div>
    </section>
  );
}
