import type { Metadata } from "next";
import { Suspense } from "react";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { OIDC_PROVIDER_ID } from "@/lib/auth/options";
import { env } from "@/lib/env";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { ROLE_LABELS } from "@/lib/authz/roles";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function LoginPage() {
  if (await getCurrentUser()) redirect("/");
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">Sign in to Brandpilot</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600">Your brand&apos;s marketing copilot.</p>
        <Suspense>
          <SignInForm
            demoAccounts={
              env.isDemo ? DEMO_ACCOUNTS.map((a) => ({ email: a.email, name: a.name, role: ROLE_LABELS[a.role] })) : null
            }
            demoPassword={env.isDemo ? DEMO_PASSWORD : null}
            sso={env.isOidcEnabled ? { id: OIDC_PROVIDER_ID, name: env.OIDC_DISPLAY_NAME } : null}
          />
        </Suspense>
      </div>
    </main>
  );
}
