import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionContext } from "@/lib/auth/session";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { getAccountProfile } from "@/lib/account/profile";
import { listAccountSessions } from "@/lib/account/sessions";
import { describeUserAgent } from "@/lib/account/user-agent";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { ProfileNameForm } from "@/components/account/profile-name-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SessionsTable } from "@/components/account/sessions-table";
import { PersonalTokensSection } from "@/components/api-tokens/personal-tokens-section";
import { listPersonalTokensOfUser } from "@/lib/api-tokens/manage-tokens";
import { grantablePermissionsOfRole } from "@/lib/api-tokens/token-permissions";
import { roleHasPermission } from "@/lib/authz/permissions";
import { listMembershipsOfUser } from "@/lib/workspaces/queries";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const session = await getSessionContext();
  if (!session) redirect("/login?callbackUrl=/account");
  const db = await getDb();
  const profile = await getAccountProfile(db, { userId: session.userId });
  if (!profile) redirect("/login?callbackUrl=/account");
  const sessions = await listAccountSessions(db, { userId: profile.id, currentSessionId: session.sessionId });
  const tokenWorkspaces = (await listMembershipsOfUser(db, { userId: profile.id })).filter((m) => roleHasPermission(m.role, "api_token:personal"));
  const personalTokens = await listPersonalTokensOfUser(db, { userId: profile.id });

  return (
    <>
      <PageHeader title="Your account" description="Your name, your password, where you are signed in and your API tokens." />
      <div className="space-y-8">
        <ProfileNameForm name={profile.name} email={profile.email} />
        {profile.hasPassword ? (
          <ChangePasswordForm minLength={PASSWORD_MIN_LENGTH} />
        ) : (
          <section aria-labelledby="password-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="password-heading" className="text-lg font-medium">
              Password
            </h2>
            <div className="mt-3">
              <Alert tone="info">You sign in through your company&apos;s single sign-on, so there is no password to change here.</Alert>
            </div>
          </section>
        )}
        <SessionsTable
          sessions={sessions.map((s) => ({
            id: s.id,
            device: describeUserAgent(s.userAgent),
            method: s.method,
            ip: s.ip,
            createdAt: s.createdAt.toISOString(),
            lastSeenAt: s.lastSeenAt.toISOString(),
            isCurrent: s.isCurrent,
          }))}
        />
        <PersonalTokensSection
          workspaces={tokenWorkspaces.map((m) => ({ id: m.workspaceId, name: m.name, role: m.role, permissions: grantablePermissionsOfRole(m.role) }))}
          rows={personalTokens.map((t) => ({
            id: t.id,
            workspaceId: t.workspaceId,
            kind: t.kind,
            name: t.name,
            prefix: t.prefix,
            holder: `You in ${t.workspaceName}`,
            scopes: t.scopes,
            createdAt: t.createdAt.toISOString(),
            expiresAt: t.expiresAt.toISOString(),
            lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
            lastUsedIp: t.lastUsedIp,
            revokedAt: t.revokedAt?.toISOString() ?? null,
          }))}
        />
      </div>
    </>
  );
}
