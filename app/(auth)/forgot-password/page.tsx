import type { Metadata } from "next";
import Link from "next/link";
import { getAccountSettings } from "@/lib/account/settings";
import { Alert } from "@/components/ui/alert";
import { ForgotPasswordForm } from "@/components/account/forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  const settings = getAccountSettings();
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">Forgot your password?</h1>
        <div className="mt-4">
          {!settings.isPasswordSignInEnabled ? (
            <Alert tone="info">This instance signs in through your company&apos;s single sign-on only; there is no Brandpilot password to reset.</Alert>
          ) : settings.mail ? (
            <>
              <p className="mb-4 text-sm text-slate-600">Enter your account&apos;s email address and we will send you a link to set a new password.</p>
              <ForgotPasswordForm />
            </>
          ) : (
            <Alert tone="info">
              Reset by e-mail is not set up on this instance. Ask an admin of your workspace for a reset link: they can issue one under Admin →
              Members.
            </Alert>
          )}
        </div>
        <p className="mt-6 text-center text-sm">
          <Link href="/login" className="text-brand-700 underline">
            Back to sign in
          </Link>
        </p>
      </div>
    </main>
  );
}
