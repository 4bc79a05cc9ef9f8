import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { OIDC_PROVIDER_ID } from "@/lib/auth/options";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { ROLE_LABELS } from "@/lib/authz/roles";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { getInvitationForToken, type InvitationForToken } from "@/lib/invitations/queries";
import { formatDateTime } from "@/components/assets/format-time";
import { AcceptInvitationButton } from "@/components/invitations/accept-invitation-button";
import { NewAccountForm } from "@/components/invitations/new-account-form";
import { SsoSignInButton } from "@/components/invitations/sso-sign-in-button";
import { SwitchAccountButton } from "@/components/invitations/switch-account-button";

// The URL carries a secret: no referrer to other sites, no search engine indexing.
export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer", robots: { index: false, follow: false } };
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

function ClosedInvitation({ invitation }: { invitation: InvitationForToken | null }) {
  const message = !invitation
    ? "This invitation link is not valid. It may have been replaced by a newer invitation or copied incompletely."
    : invitation.state === "accepted"
      ? "This invitation was already used."
      : invitation.state === "revoked"
        ? `This invitation to ${invitation.workspaceName} was revoked.`
        : `This invitation to ${invitation.workspaceName} expired on ${formatDateTime(invitation.expiresAt)}.`;
  return (
    <Card title="Invitation not available">
      <p className="text-slate-700" role="status">
        {message}
      </p>
      <p className="text-sm text-slate-600">Ask an admin of the workspace to send you a new invitation.</p>
      <Link href="/login" className="text-sm text-brand-700 underline">
        Go to sign-in
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
          You are signed in as <strong>{user.email}</strong>, but this invitation is for <strong>{invitation.email}</strong>.
          Only that account can accept it: sign out, then sign in as {invitation.email}.
        </p>
        <SwitchAccountButton />
      </>
    );
  } else if (!env.isPasswordSignInEnabled) {
    body = (
      <>
        <p className="text-slate-700">Sign in with your company account as {invitation.email} to accept.</p>
        {ssoButton}
      </>
    );
  } else if (invitation.accountExists) {
    body = (
      <>
        <p className="text-slate-700">{invitation.email} already has an account. Sign in as that account to accept.</p>
        <Link
          href={signInPath}
          className="inline-flex min-h-10 w-full items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          Sign in to accept
        </Link>
        {ssoButton}
      </>
    );
  } else {
    body = (
      <>
        <p className="text-slate-700">Create your account to accept: choose your name and a password only you know.</p>
        <NewAccountForm token={token} email={invitation.email} passwordMinLength={PASSWORD_MIN_LENGTH} />
        {ssoButton ? (
          <>
            <p className="text-center text-sm text-slate-600">or</p>
            {ssoButton}
          </>
        ) : null}
      </>
    );
  }

  return (
    <Card title={`Join ${invitation.workspaceName}`}>
      <p className="text-slate-700">
        {invitation.inviterName ?? "An admin"} invited <strong>{invitation.email}</strong> to join{" "}
        <strong>{invitation.workspaceName}</strong> on Brandpilot as <strong>{ROLE_LABELS[invitation.role]}</strong>.
      </p>
      <p className="text-sm text-slate-600">The invitation expires on {formatDateTime(invitation.expiresAt)}.</p>
      {body}
    </Card>
  );
}
