import type { Role } from "@/lib/authz/roles";

/** What the page learns after inviting or resending (never a password; the link only without SMTP). */
export type IssuedInvitationView = {
  invitation: { id: string; email: string; role: Role };
  resent: boolean;
  link: string | null;
};

/** Where the notice is shown: next to the control the admin just used. */
export type NoticeSource = "invite-form" | "invitations-table";

export type InvitationNotice =
  | { source: NoticeSource; kind: "issued"; issued: IssuedInvitationView }
  | { source: NoticeSource; kind: "revoked"; invitationId: string; email: string }
  | { source: NoticeSource; kind: "failed"; message: string };

export type InvitationNoticeEvent =
  | { type: "issued"; source: NoticeSource; issued: IssuedInvitationView }
  | { type: "revoked"; source: NoticeSource; invitation: { id: string; email: string } }
  | { type: "failed"; source: NoticeSource; message: string };

/**
 * The members page shows one notice: the newest. A link shown earlier is dropped as soon as
 * anything else happens, which matters most when that invitation is revoked or resent: its link
 * then no longer works, and leaving it on screen invites the admin to hand over a dead link.
 */
export function nextInvitationNotice(_current: InvitationNotice | null, event: InvitationNoticeEvent): InvitationNotice {
  switch (event.type) {
    case "issued":
      return { source: event.source, kind: "issued", issued: event.issued };
    case "revoked":
      return { source: event.source, kind: "revoked", invitationId: event.invitation.id, email: event.invitation.email };
    case "failed":
      return { source: event.source, kind: "failed", message: event.message };
  }
}

/** The sentence before the link (or the whole notice when the mail went out). */
export function describeIssuedInvitation(issued: IssuedInvitationView, roleLabel: string): string {
  const { email } = issued.invitation;
  if (issued.resent) {
    const replaced = "A new link replaces the earlier one, which no longer works.";
    return issued.link
      ? `Invitation for ${email} as ${roleLabel} resent. ${replaced}`
      : `Invitation resent to ${email} as ${roleLabel}. ${replaced}`;
  }
  return issued.link ? `Invitation for ${email} as ${roleLabel} created.` : `Invitation sent to ${email} as ${roleLabel}.`;
}
