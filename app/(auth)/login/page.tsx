import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { OIDC_PROVIDER_ID } from "@/lib/auth/options";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { hasAnyUser } from "@/lib/setup/setup-state";
import { SignInForm } from "@/components/auth/sign-in-form";
import { NoAccountsNotice } from "@/components/setup/no-accounts-notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.login");
  return { title: t("metaTitle") };
}
export const dynamic = "force-dynamic";

type SearchParams = { email?: string | string[]; reason?: string | string[]; invited?: string | string[]; error?: string | string[] };

const REASONS = ["password_changed", "password_reset", "signed_out_everywhere", "session_revoked", "session_ended"] as const;
type Reason = (typeof REASONS)[number];
const isReason = (value: unknown): value is Reason => typeof value === "string" && (REASONS as readonly string[]).includes(value);

type NoticeTranslator = Awaited<ReturnType<typeof getTranslations<"auth.login.notice">>>;

/** One-line notices other flows send people here with (password change, accepted invitation, SSO refusal). */
function noticeFor(params: SearchParams, t: NoticeTranslator): { tone: "info" | "error"; text: string } | null {
  // next-auth sends a refused SSO sign-in back as ?error=AccessDenied; one message whatever the
  // reason, so the page does not reveal whether an account exists for the address (lib/auth/sso/decide.ts).
  if (params.error === "AccessDenied") return { tone: "error", text: t("ssoRefused") };
  if (typeof params.error === "string" && params.error) return { tone: "error", text: t("incomplete") };
  if (isReason(params.reason)) return { tone: "info", text: t(`reason.${params.reason}`) };
  if (params.invited === "1") return { tone: "info", text: t("invited") };
  return null;
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (await getCurrentUser()) redirect("/");
  const params = await searchParams;
  // A fresh instance has nobody to sign in: point to the setup link instead of a form that cannot work.
  const isFreshInstance = !(await hasAnyUser(await getDb()));
  const [t, tNotice, tRoles] = await Promise.all([getTranslations("auth.login"), getTranslations("auth.login.notice"), getTranslations("common.roles")]);
  const initialEmail = typeof params.email === "string" ? params.email.slice(0, 320) : "";
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">{isFreshInstance ? t("setUpTitle") : t("title")}</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600">{t("tagline")}</p>
        {isFreshInstance ? (
          <NoAccountsNotice withHeading={false} />
        ) : (
          <Suspense>
            <SignInForm
              initialEmail={initialEmail}
              notice={noticeFor(params, tNotice)}
              passwordSignIn={env.isPasswordSignInEnabled}
              demoAccounts={
                env.isDemo ? DEMO_ACCOUNTS.map((a) => ({ email: a.email, name: a.name, role: tRoles(a.role) })) : null
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
