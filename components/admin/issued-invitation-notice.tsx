import { Alert } from "@/components/ui/alert";
import { ROLE_LABELS, type Role } from "@/lib/authz/roles";
import { InvitationLink } from "./invitation-link";

export type IssuedInvitationView = {
  invitation: { email: string; role: Role };
  resent: boolean;
  link: string | null;
};

/**
 * What the admin learns after inviting or resending: that the mail went out, or (without SMTP,
 * or when delivery failed) the link to hand over, shown only this once. Never a password.
 */
export function IssuedInvitationNotice({ issued }: { issued: IssuedInvitationView }) {
  const { email, role } = issued.invitation;
  const again = issued.resent ? " A new link replaces the earlier one, which no longer works." : "";
  if (!issued.link) {
    return (
      <Alert tone="success">
        Invitation sent to {email} as {ROLE_LABELS[role]}.{again}
      </Alert>
    );
  }
  return (
    <Alert tone="success">
      Invitation for {email} as {ROLE_LABELS[role]} created.{again} No e-mail was sent: copy this link and give it to {email}{" "}
      yourself. It is shown only now, works once, and they choose their own password.
      <InvitationLink link={issued.link} email={email} />
    </Alert>
  );
}
