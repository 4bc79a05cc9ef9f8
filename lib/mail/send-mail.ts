import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

/**
 * Outgoing mail (invitations, password resets) through the SMTP server in SMTP_URL. Without it
 * the app still works: invitation and reset links are shown to the admin to hand over, and
 * self-service reset is off. Mail carries links only, never a password.
 */
export type OutgoingMail = { to: string; subject: string; text: string };

let transporter: Transporter | undefined;
let transporterUrl: string | undefined;

export function isMailConfigured(smtpUrl: string | undefined = env.SMTP_URL): boolean {
  return Boolean(smtpUrl);
}

function transporterFor(smtpUrl: string): Transporter {
  if (!transporter || transporterUrl !== smtpUrl) {
    // Bounded waits: a stuck mail server must not hold an action's transaction for minutes.
    transporter = nodemailer.createTransport(smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    transporterUrl = smtpUrl;
  }
  return transporter;
}

/**
 * Sends one plain-text message. Returns false (and logs without the message body, which holds a
 * secret link) when delivery fails, so callers can fall back to showing the link.
 */
export async function sendMail(mail: OutgoingMail, options: { smtpUrl?: string; from?: string } = {}): Promise<boolean> {
  const smtpUrl = options.smtpUrl ?? env.SMTP_URL;
  if (!smtpUrl) return false;
  try {
    await transporterFor(smtpUrl).sendMail({ from: options.from ?? env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    return true;
  } catch (error) {
    console.error(`[mail] delivery to ${mail.to} failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
