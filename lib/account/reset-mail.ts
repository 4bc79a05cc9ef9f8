import "server-only";
import { sendMail } from "@/lib/mail/send-mail";
import type { AccountMailSettings } from "./settings";

/** The page a reset link opens; the token is a path segment, so it never sits in a query string log. */
export function resetLinkPath(token: string): string {
  return `/reset-password/${token}`;
}

export function resetLinkUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${resetLinkPath(token)}`;
}

function minutesText(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60} hour${minutes === 60 ? "" : "s"}` : `${minutes} minutes`;
}

export function composeResetMail(options: {
  to: string;
  url: string;
  ttlMinutes: number;
  issuedBy: { name: string; email: string } | null;
}) {
  const why = options.issuedBy
    ? `${options.issuedBy.name} (${options.issuedBy.email}), an admin of your Brandpilot workspace, issued a link for you to set a new password.`
    : "Someone, hopefully you, asked to reset the password of your Brandpilot account.";
  return {
    to: options.to,
    subject: "Set a new Brandpilot password",
    text: [
      why,
      "",
      `Open this link within ${minutesText(options.ttlMinutes)} to choose a new password (it works once):`,
      options.url,
      "",
      "Setting a new password signs your account out everywhere.",
      "If you did not expect this message, ignore it: your password stays as it is.",
    ].join("\n"),
  };
}

/**
 * Sends without waiting. The request's answer must not depend on whether an account exists
 * (timing included), and a slow mail server must not hold the action's transaction open.
 * sendMail logs failures itself, without the body that holds the link.
 */
export function deliverInBackground(mail: { to: string; subject: string; text: string }, settings: AccountMailSettings): void {
  void sendMail(mail, { smtpUrl: settings.smtpUrl, from: settings.from });
}
