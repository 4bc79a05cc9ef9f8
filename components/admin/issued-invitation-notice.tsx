import { Alert } from "@/components/ui/alert";
import { ROLE_LABELS } from "@/lib/authz/roles";
import { describeIssuedInvitation, type InvitationNotice, type IssuedInvitationView } from "./invitation-notice-state";
import { InvitationLink } from "./invitation-link";

/**
 * What the admin learns after inviting or resending: that the mail went out, or (without SMTP,
 * or when delivery failed) the link to hand over, shown only this once. Never a password.
 */
export function IssuedInvitationNotice({ issued }: { issued: IssuedInvitationView }) {
  const { email, role } = issued.invitation;
  const summary = describeIssuedInvitation(issued, ROLE_LABELS[role]);
  if (!issued.link) return <Alert tone="success">{summary}</Alert>;
  return (
    <Alert tone="success">
      {summary} No e-mail was sent: copy this link and give it to {email} yourself. It is shown only now, works once, and
      they choose their own password.
      <InvitationLink link={issued.link} email={email} />
    </Alert>
  );
}

/** The one notice of the members page, shown where the action that caused it was taken. */
export function InvitationNoticeView({ notice }: { notice: InvitationNotice }) {
  switch (notice.kind) {
    case "issued":
      return <IssuedInvitationNotice issued={notice.issued} />;
    case "revoked":
      return <Alert tone="success">Invitation for {notice.email} revoked: its link no longer works.</Alert>;
    case "failed":
      return <Alert tone="error">{notice.message}</Alert>;
  }
}
