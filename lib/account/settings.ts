import "server-only";
import { env } from "@/lib/env";

/**
 * Where the account functions get their configuration. One module, so tests replace it
 * (`vi.mock`) instead of changing the process environment.
 */
export type AccountMailSettings = {
  smtpUrl: string;
  from: string;
  /** Public base URL for links in mail. */
  baseUrl: string;
};

export type AccountSettings = {
  isPasswordSignInEnabled: boolean;
  resetTtlMinutes: number;
  /** Null when links cannot be mailed: then self-service reset is off and admins hand links over. */
  mail: AccountMailSettings | null;
  /** Wrong current passwords on "change password", limited like sign-in attempts. */
  wrongPasswordLimit: { attempts: number; windowSeconds: number };
};

export function getAccountSettings(): AccountSettings {
  // A mailed link needs the public address from configuration: building it from the request's
  // Host header would let anyone ask for a reset mail to a victim whose link points at their own
  // host (host-header poisoning), so without NEXTAUTH_URL nothing is mailed.
  const mail =
    env.SMTP_URL && env.NEXTAUTH_URL ? { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, baseUrl: env.NEXTAUTH_URL } : null;
  return {
    isPasswordSignInEnabled: env.isPasswordSignInEnabled,
    resetTtlMinutes: env.PASSWORD_RESET_TTL_MINUTES,
    mail,
    wrongPasswordLimit: { attempts: env.SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT, windowSeconds: env.SIGNIN_WINDOW_SECONDS },
  };
}
