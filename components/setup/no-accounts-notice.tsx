/**
 * Shown on /, /login and a tokenless /setup while the instance has no account: where the setup link
 * is. `withHeading={false}` where the page's own heading already reads "Set up Brandpilot".
 */
export function NoAccountsNotice({ withHeading = true }: { withHeading?: boolean }) {
  return (
    <section
      {...(withHeading ? { "aria-labelledby": "no-accounts-heading" } : { "aria-label": "Set up Brandpilot" })}
      className="space-y-3"
      data-testid="no-accounts-notice"
    >
      {withHeading ? (
        <h2 id="no-accounts-heading" className="text-lg font-medium">
          Set up Brandpilot
        </h2>
      ) : null}
      <p className="text-sm text-slate-700">
        This instance has no accounts yet. Open the setup link printed in the server log, or run{" "}
        <code className="rounded bg-slate-100 px-1 font-mono">npm run setup</code>.
      </p>
      <p className="text-sm text-slate-600">
        The link looks like <code className="font-mono">/setup?token=…</code>, is printed at every start while no account exists,
        and works once.
      </p>
    </section>
  );
}
