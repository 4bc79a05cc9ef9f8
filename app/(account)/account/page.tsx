import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getSessionContext } from "@/lib/auth/session";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { getAccountProfile } from "@/lib/account/profile";
import { listAccountSessions } from "@/lib/account/sessions";
import { userAgentParts, type UserAgentParts } from "@/lib/account/user-agent";
import { resolveUiLocale } from "@/lib/i18n/resolve-locale";
import { LanguageForm } from "@/components/account/language-form";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.page");
  return { title: t("title") };
}

export default async function AccountPage() {
  const session = await getSessionContext();
  if (!session) redirect("/login?callbackUrl=/account");
  const db = await getDb();
  const profile = await getAccountProfile(db, { userId: session.userId });
  if (!profile) redirect("/login?callbackUrl=/account");
  const sessions = await listAccountSessions(db, { userId: profile.id, currentSessionId: session.sessionId });
  const tokenWorkspaces = (await listMembershipsOfUser(db, { userId: profile.id })).filter((m) => roleHasPermission(m.role, "api_token:personal"));
  const personalTokens = await listPersonalTokensOfUser(db, { userId: profile.id });
  const t = await getTranslations("account.page");
  // What "Browser language" would pick right now: the browser's own preference, ignoring profile and cookie.
  const browserLocale = resolveUiLocale({ acceptLanguage: (await headers()).get("accept-language") });
  const device = (parts: UserAgentParts) => {
    if (!parts.raw) return t("unknownDevice");
    if (parts.browser && parts.system) return t("browserOnSystem", { browser: parts.browser, system: parts.system });
    return parts.browser ?? parts.system ?? parts.raw;
  };

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-8">
        <ProfileNameForm name={profile.name} email={profile.email} />
        <LanguageForm savedLocale={profile.locale} browserLocale={browserLocale} />
        {profile.hasPassword ? (
          <ChangePasswordForm minLength={PASSWORD_MIN_LENGTH} />
        ) : (
          <section aria-labelledby="password-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="password-heading" className="text-lg font-medium">
              {t("passwordHeading")}
            </h2>
            <div className="mt-3">
              <Alert tone="info">{t("ssoNoPassword")}</Alert>
            </div>
          </section>
        )}
        <SessionsTable
          sessions={sessions.map((s) => ({
            id: s.id,
            device: device(userAgentParts(s.userAgent)),
            method: s.method,
            ip: s.ip,
            createdAt: s.createdAt.toISOString(),
            lastSeenAt: s.lastSeenAt.toISOString(),
            isCurrent: s.isCurrent,
          }))}
        />
        <PersonalTokensSection
          workspaces={tokenWorkspaces.map((m) => ({ id: m.workspaceId, name: m.name, role: m.role, permissions: grantablePermissionsOfRole(m.role) }))}
          rows={personalTokens.map((token) => ({
            id: token.id,
            workspaceId: token.workspaceId,
            kind: token.kind,
            name: token.name,
            prefix: token.prefix,
            holder: t("tokenHolder", { workspace: token.workspaceName }),
            scopes: token.scopes,
            createdAt: token.createdAt.toISOString(),
            expiresAt: token.expiresAt.toISOString(),
            lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
            lastUsedIp: token.lastUsedIp,
            revokedAt: token.revokedAt?.toISOString() ?? null,
          }))}
        />
      </div>
    </>
  );
}
