import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { getAccountSettings } from "@/lib/account/settings";
import { getResetLinkState } from "@/lib/account/reset-tokens";
import { Alert } from "@/components/ui/alert";
import { ResetPasswordForm } from "@/components/account/reset-password-form";

// The secret is in this page's URL: no Referer may carry it to another site.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.resetPassword");
  return { title: t("title"), referrer: "no-referrer" };
}
export const dynamic = "force-dynamic";

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const settings = getAccountSettings();
  const t = await getTranslations("auth.resetPassword");
  const link = settings.isPasswordSignInEnabled ? await getResetLinkState(await getDb(), token) : null;

  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <div className="mt-4 space-y-4">
          {!link ? (
            <Alert tone="info">{t("ssoOnly")}</Alert>
          ) : link.status === "invalid" ? (
            <>
              <Alert tone="error">{t("invalidLink")}</Alert>
              <p className="text-center text-sm">
                <Link href="/forgot-password" className="text-brand-700 underline">
                  {t("askNewLink")}
                </Link>
              </p>
            </>
          ) : (
            <>
              <p className="text-sm text-slate-600">
                {t.rich("forAccount", { email: link.email, strong: (chunks) => <span className="font-medium text-slate-800">{chunks}</span> })}
                {link.issuedBy ? (
                  <>
                    {" "}
                    {link.issuedBy.email
                      ? t.rich("issuedByWithEmail", { name: link.issuedBy.name, email: link.issuedBy.email, strong: (chunks) => <span className="font-medium text-slate-800">{chunks}</span> })
                      : t.rich("issuedBy", { name: link.issuedBy.name, strong: (chunks) => <span className="font-medium text-slate-800">{chunks}</span> })}
                  </>
                ) : null}{" "}
                {t("signsOutEverywhere")}
              </p>
              <ResetPasswordForm token={token} email={link.email} minLength={PASSWORD_MIN_LENGTH} />
            </>
          )}
        </div>
      </div>
    </main>
  );
}
