import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getAccountSettings } from "@/lib/account/settings";
import { Alert } from "@/components/ui/alert";
import { ForgotPasswordForm } from "@/components/account/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.forgotPassword");
  return { title: t("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function ForgotPasswordPage() {
  const settings = getAccountSettings();
  const t = await getTranslations("auth.forgotPassword");
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <div className="mt-4">
          {!settings.isPasswordSignInEnabled ? (
            <Alert tone="info">{t("ssoOnly")}</Alert>
          ) : settings.mail ? (
            <>
              <p className="mb-4 text-sm text-slate-600">{t("intro")}</p>
              <ForgotPasswordForm resetTtlMinutes={settings.resetTtlMinutes} />
            </>
          ) : (
            <Alert tone="info">
              {t("noMail")}
            </Alert>
          )}
        </div>
        <p className="mt-6 text-center text-sm">
          <Link href="/login" className="text-brand-700 underline">
            {t("backToSignIn")}
          </Link>
        </p>
      </div>
    </main>
  );
}
