import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { OIDC_PROVIDER_ID } from "@/lib/auth/options";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { getInvitationForToken, type InvitationForToken } from "@/lib/invitations/queries";
import { AcceptInvitationButton } from "@/components/invitations/accept-invitation-button";
import { NewAccountForm } from "@/components/invitations/new-account-form";
import { SsoSignInButton } from "@/components/invitations/sso-sign-in-button";
import { SwitchAccountButton } from "@/components/invitations/switch-account-button";

// The URL carries a secret: no referrer to other sites, no search engine indexing.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invitations.page");
  return { title: t("metaTitle"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

/** "07.12.2026, 14:03 UTC" in the reader's format. */
async function expiryText(expiresAt: Date): Promise<string> {
  const [format, tCommon] = await Promise.all([getFormatter(), getTranslations("common")]);
  return tCommon("timeZoneSuffix", { time: format.dateTime(expiresAt, "dateTime") });
}
export const dynamic = "force-dynamic";

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-md space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">{title}</h1>
        {children}
      </div>
    </main>
  );
}

async function ClosedInvitation({ invitation }: { invitation: InvitationForToken | null }) {
  const t = await getTranslations("invitations.closed");
  const message = !invitation
    ? t("invalid")
    : invitation.state === "accepted"
      ? t("used")
      : invitation.state === "revoked"
        ? t("revoked", { workspace: invitation.workspaceName })
        : t("expired", { workspace: invitation.workspaceName, time: await expiryText(invitation.expiresAt) });
  return (
    <Card title={t("title")}>
      <p className="text-slate-700" role="status">
        {message}
      </p>
      <p className="text-sm text-slate-600">{t("askAdmin")}</p>
      <Link href="/login" className="text-sm text-brand-700 underline">
        {t("goToSignIn")}
      </Link>
    </Card>
  );
}

/**
 * The page an invitation link opens. The token comes from the path and is only hashed for the
 * lookup (never logged). Who may do what: the invited account accepts while signed in; a new
 * address creates its own account (password or SSO); anyone else is told to switch accounts.
 */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const db = await getDb();
  const invitation = await getInvitationForToken(db, { token });
  if (!invitation || invitation.state !== "valid") return <ClosedInvitation invitation={invitation} />;

  const user = await getCurrentUser();
  const [t, tRoles] = await Promise.all([getTranslations("invitations.page"), getTranslations("common.roles")]);
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  const sso = env.isOidcEnabled ? { providerId: OIDC_PROVIDER_ID, providerName: env.OIDC_DISPLAY_NAME } : null;
  const ssoButton = sso ? <SsoSignInButton {...sso} token={token} /> : null;
  const signInPath = `/login?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`;

  let body: ReactNode;
  if (user && user.email === invitation.email) {
    body = <AcceptInvitationButton token={token} workspaceName={invitation.workspaceName} />;
  } else if (user) {
    body = (
      <>
        <p className="text-slate-700" role="status">
          {t.rich("wrongAccount", { current: user.email, invited: invitation.email, strong })}
        </p>
        <SwitchAccountButton />
      </>
    );
  } else if (!env.isPasswordSignInEnabled) {
    body = (
      <>
        <p className="text-slate-700">{t("ssoOnly", { email: invitation.email })}</p>
        {ssoButton}
      </>
    );
  } else if (invitation.accountExists) {
    body = (
      <>
        <p className="text-slate-700">{t("accountExists", { email: invitation.email })}</p>
        <Link
          href={signInPath}
          className="inline-flex min-h-10 w-full items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          {t("signInToAccept")}
        </Link>
        {ssoButton}
      </>
    );
  } else {
    body = (
      <>
        <p className="text-slate-700">{t("createAccount")}</p>
        <NewAccountForm token={token} email={invitation.email} passwordMinLength={PASSWORD_MIN_LENGTH} />
        {ssoButton ? (
          <>
            <p className="text-center text-sm text-slate-600">{t("or")}</p>
            {ssoButton}
          </>
        ) : null}
      </>
    );
  }

  return (
    <Card title={t("title", { workspace: invitation.workspaceName })}>
      <p className="text-slate-700">
        {invitation.inviterName
          ? t.rich("invitedBy", { inviter: invitation.inviterName, email: invitation.email, workspace: invitation.workspaceName, role: tRoles(invitation.role), strong })
          : t.rich("invitedByAdmin", { email: invitation.email, workspace: invitation.workspaceName, role: tRoles(invitation.role), strong })}
      </p>
      <p className="text-sm text-slate-600">{t("expires", { time: await expiryText(invitation.expiresAt) })}</p>
      {body}
    </Card>
  );
}
