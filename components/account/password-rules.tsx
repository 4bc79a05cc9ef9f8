import { useTranslations } from "next-intl";

/** What a new password must pass (lib/auth/password-policy.ts), said before anyone types. */
export function PasswordRules({ id, minLength }: { id: string; minLength: number }) {
  const t = useTranslations("account.passwordRules");
  return (
    <ul id={id} className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-600">
      <li>{t("length", { minLength })}</li>
      <li>{t("guessable")}</li>
    </ul>
  );
}
