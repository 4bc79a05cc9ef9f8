import type { Metadata } from "next";
import { Suspense } from "react";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { OIDC_PROVIDER_ID } from "@/lib/auth/options";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { ROLE_LABELS } from "@/lib/authz/roles";
import { hasAnyUser } from "@/lib/setup/setup-state";
import { SSO_REFUSED_MESSAGE } from "@/lib/auth/sso/decide";
import { SignInForm } from "@/components/auth/sign-in-form";
import { NoAccountsNotice } from "@/components/setup/no-accounts-notice";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

type SearchParams = { email?: string | string[]; reason?: string | string[]; invited?: string | string[]; error?: string | string[] };

const REASON_NOTICES: Record<string, string> = {
  password_changed: "Your password was changed. Sign in with the new one.",
  password_reset: "Your new password is set. Sign in with it.",
  signed_out_everywhere: "You were signed out on every device.",
  session_revoked: "That session was signed out.",
  session_ended: "Your session ended. Sign in again to continue.",
};

/** One-line notices other flows send people here with (password change, accepted invitation, SSO refusal). */
function noticeFor(params: SearchParams): { tone: "info" | "error"; text: string } | null {
  // next-auth sends a refused SSO sign-in back as ?error=AccessDenied; one message whatever the
  // reason, so the page does not reveal whether an account exists for the address.
  if (params.error === "AccessDenied") return { tone: "error", text: SSO_REFUSED_MESSAGE };
  if (typeof params.error === "string" && params.error) return { tone: "error", text: "Sign-in did not complete. Please try again." };
  if (typeof params.reason === "string" && REASON_NOTICES[params.reason]) return { tone: "info", text: REASON_NOTICES[params.reason]! };
  if (params.invited === "1") return { tone: "info", text: "Your account is ready. Sign in to continue." };
  return null;
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (await getCurrentUser()) redirect("/");
  const params = await searchParams;
  // A fresh instance has nobody to sign in: point to the setup link instead of a form that cannot work.
  const isFreshInstance = !(await hasAnyUser(await getDb()));
  const initialEmail = typeof params.email === "string" ? params.email.slice(0, 320) : "";
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">{isFreshInstance ? "Set up Brandpilot" : "Sign in to Brandpilot"}</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600">Your brand&apos;s marketing copilot.</p>
        {isFreshInstance ? (
          <NoAccountsNotice withHeading={false} />
        ) : (
          <Suspense>
            <SignInForm
              initialEmail={initialEmail}
              notice={noticeFor(params)}
              passwordSignIn={env.isPasswordSignInEnabled}
              demoAccounts={
                env.isDemo ? DEMO_ACCOUNTS.map((a) => ({ email: a.email, name: a.name, role: ROLE_LABELS[a.role] })) : null
              }
              demoPassword={env.isDemo ? DEMO_PASSWORD : null}
              sso={env.isOidcEnabled ? { id: OIDC_PROVIDER_ID, name: env.OIDC_DISPLAY_NAME } : null}
            />
          </Suspense>
        )}
      </div>
    </main>
  );
}
