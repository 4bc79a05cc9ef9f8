import type { Metadata } from "next";
import Link from "next/link";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { getAccountSettings } from "@/lib/account/settings";
import { getResetLinkState } from "@/lib/account/reset-tokens";
import { INVALID_RESET_LINK } from "@/lib/account/reset-password";
import { Alert } from "@/components/ui/alert";
import { ResetPasswordForm } from "@/components/account/reset-password-form";

// The secret is in this page's URL: no Referer may carry it to another site.
export const metadata: Metadata = { title: "Set a new password", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const settings = getAccountSettings();
  const link = settings.isPasswordSignInEnabled ? await getResetLinkState(await getDb(), token) : null;

  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">Set a new password</h1>
        <div className="mt-4 space-y-4">
          {!link ? (
            <Alert tone="info">This instance signs in through your company&apos;s single sign-on only; there is no Brandpilot password to set.</Alert>
          ) : link.status === "invalid" ? (
            <>
              <Alert tone="error">{INVALID_RESET_LINK}</Alert>
              <p className="text-center text-sm">
                <Link href="/forgot-password" className="text-brand-700 underline">
                  Ask for a new link
                </Link>
              </p>
            </>
          ) : (
            <>
              <p className="text-sm text-slate-600">
                For <span className="font-medium text-slate-800">{link.email}</span>.
                {link.issuedBy ? (
                  <>
                    {" "}
                    This link was issued by <span className="font-medium text-slate-800">{link.issuedBy.name}</span>
                    {link.issuedBy.email ? ` (${link.issuedBy.email})` : ""}.
                  </>
                ) : null}{" "}
                Setting a new password signs your account out everywhere.
              </p>
              <ResetPasswordForm token={token} email={link.email} minLength={PASSWORD_MIN_LENGTH} />
            </>
          )}
        </div>
      </div>
    </main>
  );
}
