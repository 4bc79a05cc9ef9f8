import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** This browser's user_sessions.id (not a credential: the signed JWT is). */
    sessionId?: string;
  }
  interface User {
    /** Set by the credentials provider so the session row records where the sign-in came from. */
    signInIp?: string | null;
    signInUserAgent?: string | null;
    /** users.session_version read together with the password hash that was checked. */
    signInSessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    /** user_sessions.id of this browser's session. */
    sid?: string;
    /** users.session_version when the session began; a raised version ends the session. */
    sv?: number;
  }
}
