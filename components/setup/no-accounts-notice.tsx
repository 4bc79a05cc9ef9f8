import { useTranslations } from "next-intl";

/**
 * Shown on /, /login and a tokenless /setup while the instance has no account: where the setup link
 * is. `withHeading={false}` where the page's own heading already reads "Set up Brandpilot".
 */
export function NoAccountsNotice({ withHeading = true }: { withHeading?: boolean }) {
  const t = useTranslations("setup.noAccounts");
  return (
    <section
      {...(withHeading ? { "aria-labelledby": "no-accounts-heading" } : { "aria-label": t("heading") })}
      className="space-y-3"
      data-testid="no-accounts-notice"
    >
      {withHeading ? (
        <h2 id="no-accounts-heading" className="text-lg font-medium">
          {t("heading")}
        </h2>
      ) : null}
      <p className="text-sm text-slate-700">
        {t.rich("body", { command: "npm run setup", code: (chunks) => <code className="rounded bg-slate-100 px-1 font-mono">{chunks}</code> })}
      </p>
      <p className="text-sm text-slate-600">
        {t.rich("linkHint", { example: "/setup?token=…", code: (chunks) => <code className="font-mono">{chunks}</code> })}
      </p>
    </section>
  );
}
