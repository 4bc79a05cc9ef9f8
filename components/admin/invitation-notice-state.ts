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

/** Which sentence opens the notice (a key below `admin.invitationNotice.summary`): resent or new, link or e-mail. */
export function issuedInvitationSummaryKey(issued: IssuedInvitationView): "resentLink" | "resentMail" | "createdLink" | "sentMail" {
  if (issued.resent) return issued.link ? "resentLink" : "resentMail";
  return issued.link ? "createdLink" : "sentMail";
}
