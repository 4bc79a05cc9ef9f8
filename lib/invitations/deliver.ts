import "server-only";
import { ROLE_LABELS, type Role } from "@/lib/authz/roles";
import { sendMail } from "@/lib/mail/send-mail";

/**
 * The SMTP server to mail through. Passed explicitly, never read from the environment here: whether
 * a link may be mailed also depends on where it points (resolveInvitationLinkSettings).
 */
export type MailOptions = { smtpUrl: string; from?: string };

/**
 * How the link reached the invitee. "mailed": only the invitee's mailbox has it, the admin never
 * sees it. "shown_to_admin": no SMTP, or delivery failed, so the admin hands it over.
 */
export type InvitationDelivery = "mailed" | "shown_to_admin";

export async function deliverInvitation(options: {
  to: string;
  url: string;
  workspaceName: string;
  inviterName: string | null;
  role: Role;
  expiresAt: Date;
  /** Absent or null: not mailed, the admin is shown the link. */
  mail?: MailOptions | null;
}): Promise<InvitationDelivery> {
  if (!options.mail) return "shown_to_admin";
  const inviter = options.inviterName ? `${options.inviterName} invited you` : "You are invited";
  const sent = await sendMail(
    {
      to: options.to,
      subject: `You are invited to ${options.workspaceName} on Brandpilot`,
      text: [
        `${inviter} to join ${options.workspaceName} on Brandpilot as ${ROLE_LABELS[options.role]}.`,
        "",
        "Open this link to accept. You choose your own password (or sign in with your company account):",
        options.url,
        "",
        `The link works once and expires on ${options.expiresAt.toUTCString()}.`,
        "If you did not expect this invitation, ignore this message.",
      ].join("\n"),
    },
    options.mail,
  );
  return sent ? "mailed" : "shown_to_admin";
}
