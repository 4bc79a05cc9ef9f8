import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { appendAuditEntry } from "@/lib/audit/append";
import { clientIpFromHeaders } from "./client-ip";
import { GENERIC_SIGN_IN_ERROR, RATE_LIMITED_SIGN_IN_ERROR, verifyCredentials } from "./credentials";
import { resolveAuthSecret } from "./secret";
import { rememberApprovedSsoAccount, takeApprovedSsoAccount } from "./sso/approved-sign-ins";
import { SSO_SETTINGS } from "./sso/env-settings";
import type { SsoSettings } from "./sso/settings";
import { signInWithSso } from "./sso/sign-in";
import { createUserSession, resolveActiveSession, revokeUserSession, SESSION_MAX_AGE_SECONDS } from "./user-sessions";

export const OIDC_PROVIDER_ID = "oidc";

function headerValue(headers: Record<string, unknown> | undefined, name: string): string | null {
  const value = headers?.[name];
  return typeof value === "string" ? value : null;
}

/** Shown by the sign-in form when AUTH_PASSWORD_SIGNIN=false: not a secret, the whole instance is SSO-only. */
import { PASSWORD_SIGN_IN_DISABLED_ERROR } from "./sign-in-errors";
export { PASSWORD_SIGN_IN_DISABLED_ERROR };

/**
 * Everything the options depend on besides the database, so tests can build them with any SSO
 * configuration. The app builds them once from the environment (authSettingsFromEnv).
 */
export type AuthSettings = {
  oidc: { issuer: string; clientId: string; clientSecret: string; displayName: string } | null;
  isPasswordSignInEnabled: boolean;
  sso: SsoSettings;
};

function authSettingsFromEnv(): AuthSettings {
  return {
    oidc: env.isOidcEnabled
      ? { issuer: env.OIDC_ISSUER!, clientId: env.OIDC_CLIENT_ID!, clientSecret: env.OIDC_CLIENT_SECRET!, displayName: env.OIDC_DISPLAY_NAME }
      : null,
    isPasswordSignInEnabled: env.isPasswordSignInEnabled,
    sso: SSO_SETTINGS,
  };
}

/** SSO-only mode: every password attempt is refused before any account is looked up, and audited. */
async function refusePasswordSignIn(email: unknown, ip: string | null): Promise<never> {
  await appendAuditEntry(await getDb(), {
    workspaceId: null,
    actorUserId: null,
    actorLabel: typeof email === "string" ? email.trim().toLowerCase().slice(0, 254) : null,
    action: "auth.sign_in",
    targetType: "user",
    outcome: "failed",
    detail: { method: "password", reason: "password_sign_in_disabled" },
    ip,
  });
  throw new Error(PASSWORD_SIGN_IN_DISABLED_ERROR);
}

/** Exported for tests; the app uses getAuthOptions(). */
export function buildAuthOptions(settings: AuthSettings): NextAuthOptions {
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const db = await getDb();
        const ip = clientIpFromHeaders(req.headers as Record<string, unknown> | undefined);
        if (!settings.isPasswordSignInEnabled) return refusePasswordSignIn(credentials?.email, ip);
        const result = await verifyCredentials(db, { email: credentials?.email, password: credentials?.password, ip });
        if (result.ok) return { ...result.user, signInIp: ip, signInUserAgent: headerValue(req.headers, "user-agent") };
        // next-auth hands this message to the sign-in form as `error`.
        throw new Error(result.reason === "rate_limited" ? RATE_LIMITED_SIGN_IN_ERROR : GENERIC_SIGN_IN_ERROR);
      },
    }),
  ];

  if (settings.oidc) {
    providers.push({
      id: OIDC_PROVIDER_ID,
      name: settings.oidc.displayName,
      type: "oauth",
      wellKnown: `${settings.oidc.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: settings.oidc.clientId,
      clientSecret: settings.oidc.clientSecret,
      // The profile the callbacks see is then the ID token's claims, email_verified included.
      idToken: true,
      checks: ["pkce", "state"],
      authorization: { params: { scope: "openid email profile" } },
      profile(profile: { sub: string; email?: string; name?: string }) {
        return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? null };
      },
    });
  }

  return {
    providers,
    secret: resolveAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    events: {
      async signOut({ token }) {
        const userId = typeof token?.uid === "string" ? token.uid : null;
        if (!userId) return;
        // The session row dies with the sign-out, so a copy of this JWT is refused everywhere.
        if (typeof token.sid === "string") await revokeUserSession(await getDb(), { userId, sessionId: token.sid });
        await appendAuditEntry(await getDb(), {
          workspaceId: null,
          actorUserId: userId,
          actorLabel: typeof token.email === "string" ? token.email : null,
          action: "auth.sign_out",
          targetType: "user",
          targetId: userId,
          outcome: "success",
        });
      },
    },
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        // The email and its email_verified flag are read from the same claims (the ID token), never
        // mixed with another source. Rules: lib/auth/sso/decide.ts.
        const claims = (profile ?? {}) as { email?: unknown; email_verified?: unknown; name?: unknown };
        const result = await signInWithSso(await getDb(), settings.sso, {
          subject: account.providerAccountId ?? null,
          email: claims.email,
          emailVerified: claims.email_verified,
          name: claims.name ?? user.name,
        });
        if (!result.ok) return false; // → /login?error=AccessDenied, shown as SSO_REFUSED_MESSAGE.
        rememberApprovedSsoAccount(user, result.userId);
        return true;
      },
      async jwt({ token, user, account }) {
        // `user` is present only at sign-in: that is when a session row is created.
        if (!user) return token;
        const isSso = account?.provider === OIDC_PROVIDER_ID;
        // An SSO identity names no account by itself: only the one its signIn callback approved.
        const userId = isSso ? takeApprovedSsoAccount(user) : user.id;
        if (!userId) throw new Error("SSO sign-in without an approved account");
        const { sessionId, sessionVersion } = await createUserSession(await getDb(), {
          userId,
          method: isSso ? "oidc" : "password",
          ip: user.signInIp ?? null,
          userAgent: user.signInUserAgent ?? null,
          // A password checked just before a reset or change committed must not open a session
          // that survives it: the session starts only if the version is still the one checked.
          expectedSessionVersion: isSso ? undefined : user.signInSessionVersion,
        });
        token.uid = userId;
        token.sid = sessionId;
        token.sv = sessionVersion;
        return token;
      },
      async session({ session, token }) {
        // Only ids travel in the token; the session's validity (not revoked, same session version,
        // account active), roles and memberships are read from the database per request.
        const userId = await resolveActiveSession(await getDb(), token);
        // A dead session gets no user at all (not even the name and email the old token carries),
        // also through next-auth's own /api/auth/session endpoint.
        if (!userId) return { expires: session.expires } as typeof session;
        if (session.user) session.user.id = userId;
        session.sessionId = typeof token.sid === "string" ? token.sid : undefined;
        return session;
      },
    },
  };
}

let cachedOptions: NextAuthOptions | undefined;
/** Built on first use, not at import, so `next build` never needs the secret or the database. */
export function getAuthOptions(): NextAuthOptions {
  cachedOptions ??= buildAuthOptions(authSettingsFromEnv());
  return cachedOptions;
}
