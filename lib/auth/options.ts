import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { createId } from "@/lib/ids";
import { appendAuditEntry } from "@/lib/audit/append";
import { clientIpFromForwardedFor } from "./client-ip";
import { GENERIC_SIGN_IN_ERROR, RATE_LIMITED_SIGN_IN_ERROR, verifyCredentials } from "./credentials";
import { resolveAuthSecret } from "./secret";
import { createUserSession, resolveActiveSession, revokeUserSession, SESSION_MAX_AGE_SECONDS } from "./user-sessions";

export const OIDC_PROVIDER_ID = "oidc";

function headerValue(headers: Record<string, unknown> | undefined, name: string): string | null {
  const value = headers?.[name];
  return typeof value === "string" ? value : null;
}

/** Finds the account for an SSO email, creating a password-less one on first sign-in. */
async function findOrCreateSsoUser(email: string, name: string | null | undefined): Promise<string> {
  const db = await getDb();
  const normalized = email.trim().toLowerCase();
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, normalized)).limit(1);
  if (existing) return existing.id;
  const id = createId("user");
  await db
    .insert(users)
    .values({ id, email: normalized, name: name?.trim() || normalized, passwordHash: null })
    .onConflictDoNothing();
  const [created] = await db.select({ id: users.id }).from(users).where(eq(users.email, normalized)).limit(1);
  if (!created) throw new Error("SSO account could not be created");
  return created.id;
}

function buildAuthOptions(): NextAuthOptions {
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const db = await getDb();
        const ip = clientIpFromForwardedFor(headerValue(req.headers, "x-forwarded-for"), env.TRUSTED_PROXY_HOPS);
        const result = await verifyCredentials(db, { email: credentials?.email, password: credentials?.password, ip });
        if (result.ok) return { ...result.user, signInIp: ip, signInUserAgent: headerValue(req.headers, "user-agent") };
        // next-auth hands this message to the sign-in form as `error`.
        throw new Error(result.reason === "rate_limited" ? RATE_LIMITED_SIGN_IN_ERROR : GENERIC_SIGN_IN_ERROR);
      },
    }),
  ];

  if (env.isOidcEnabled) {
    providers.push({
      id: OIDC_PROVIDER_ID,
      name: env.OIDC_DISPLAY_NAME,
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
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
        // Company SSO must vouch for an email: it is how we match the account. An identity
        // provider that says the address is unverified does not get to claim it.
        if (!user.email) return false;
        if ((profile as { email_verified?: unknown } | undefined)?.email_verified === false) return false;
        const userId = await findOrCreateSsoUser(user.email, user.name);
        await appendAuditEntry(await getDb(), {
          workspaceId: null,
          actorUserId: userId,
          actorLabel: user.email.toLowerCase(),
          action: "auth.sign_in",
          targetType: "user",
          targetId: userId,
          outcome: "success",
          detail: { method: "oidc" },
        });
        return true;
      },
      async jwt({ token, user, account }) {
        // `user` is present only at sign-in: that is when a session row is created.
        if (!user) return token;
        const isSso = account?.provider === OIDC_PROVIDER_ID;
        const userId = isSso && user.email ? await findOrCreateSsoUser(user.email, user.name) : user.id;
        const { sessionId, sessionVersion } = await createUserSession(await getDb(), {
          userId,
          method: isSso ? "oidc" : "password",
          ip: user.signInIp ?? null,
          userAgent: user.signInUserAgent ?? null,
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
        if (session.user) session.user.id = userId ?? "";
        session.sessionId = userId && typeof token.sid === "string" ? token.sid : undefined;
        return session;
      },
    },
  };
}

let cachedOptions: NextAuthOptions | undefined;
/** Built on first use, not at import, so `next build` never needs the secret or the database. */
export function getAuthOptions(): NextAuthOptions {
  cachedOptions ??= buildAuthOptions();
  return cachedOptions;
}
