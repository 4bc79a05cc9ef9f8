import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { hasAnyUser } from "@/lib/setup/setup-state";
import { findUsableSetupToken } from "@/lib/setup/setup-tokens";
import { Alert } from "@/components/ui/alert";
import { NoAccountsNotice } from "@/components/setup/no-accounts-notice";
import { SetupForm } from "@/components/setup/setup-form";

// The URL carries the setup token: no referrer to other sites, no search engine indexing.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("setup.page");
  return { title: t("title"), referrer: "no-referrer", robots: { index: false, follow: false } };
}
export const dynamic = "force-dynamic";

/**
 * First-run setup. Exists only while the instance has no account (a 404 afterwards), and offers the
 * form only with a setup token from the server log; the action checks the token again under lock.
 */
export default async function SetupPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const db = await getDb();
  if (await hasAnyUser(db)) notFound();
  const { token } = await searchParams;
  const t = await getTranslations("setup.page");
  const tokenValue = typeof token === "string" ? token.trim() : "";
  const usable = tokenValue ? await findUsableSetupToken(db, { token: tokenValue }) : null;

  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600">{t("intro")}</p>
        {usable ? (
          <SetupForm token={tokenValue} />
        ) : (
          <div className="space-y-4">
            {tokenValue ? (
              <Alert tone="error">
                {t.rich("invalidLink", { command: "npm run setup", code: (chunks) => <code>{chunks}</code> })}
              </Alert>
            ) : null}
            <NoAccountsNotice withHeading={false} />
          </div>
        )}
      </div>
    </main>
  );
}
