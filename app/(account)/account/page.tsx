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

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const session = await getSessionContext();
  if (!session) redirect("/login?callbackUrl=/account");
  const db = await getDb();
  const profile = await getAccountProfile(db, { userId: session.userId });
  if (!profile) redirect("/login?callbackUrl=/account");
  const sessions = await listAccountSessions(db, { userId: profile.id, currentSessionId: session.sessionId });

  return (
    <>
      <PageHeader title="Your account" description="Your name, your password and where you are signed in." />
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
      </div>
    </>
  );
}
