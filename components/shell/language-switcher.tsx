"use client";

import { useId, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { updateLocaleAction } from "@/app/(account)/account/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { writeLocaleCookie } from "@/lib/i18n/locale-cookie";
import { isUiLocale, LOCALE_SELF_NAMES, UI_LOCALES } from "@/lib/i18n/locales";

/**
 * The compact language choice in the header (signed in) and on the signed-out pages. Always sets the cookie; a
 * signed-in member's choice is also saved on the profile, which outranks the cookie on every device.
 */
export function LanguageSwitcher({ saveToProfile }: { saveToProfile: boolean }) {
  const t = useTranslations("language");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const errorText = useActionErrorText();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  async function choose(value: string) {
    if (!isUiLocale(value)) return;
    setError(null);
    writeLocaleCookie(value);
    if (saveToProfile) {
      const result = await updateLocaleAction({ locale: value });
      if (result?.serverError || result?.validationErrors) {
        setError(errorText(result));
        return;
      }
    }
    startTransition(() => router.refresh());
  }

  return (
    <span className="inline-flex items-center gap-1">
      <label htmlFor={id} className="sr-only">
        {t("switcherLabel")}
      </label>
      <select
        id={id}
        value={locale}
        disabled={isPending}
        onChange={(event) => void choose(event.target.value)}
        className="rounded border border-slate-300 bg-white px-1.5 py-1 text-sm text-slate-700"
      >
        {UI_LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_SELF_NAMES[option]}
          </option>
        ))}
      </select>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
