import { Alert } from "@/components/ui/alert";
import { useTranslations } from "next-intl";
import { issuedInvitationSummaryKey, type InvitationNotice, type IssuedInvitationView } from "./invitation-notice-state";
import { InvitationLink } from "./invitation-link";

/**
 * What the admin learns after inviting or resending: that the mail went out, or (without SMTP,
 * or when delivery failed) the link to hand over, shown only this once. Never a password.
 */
export function IssuedInvitationNotice({ issued }: { issued: IssuedInvitationView }) {
  const t = useTranslations("admin.invitationNotice");
  const tRoles = useTranslations("common.roles");
  const { email, role } = issued.invitation;
  const summary = t(`summary.${issuedInvitationSummaryKey(issued)}`, { email, role: tRoles(role) });
  if (!issued.link) return <Alert tone="success">{summary}</Alert>;
  return (
    <Alert tone="success">
      {summary} {t("handOver", { email })}
      <InvitationLink link={issued.link} email={email} />
    </Alert>
  );
}

/** The one notice of the members page, shown where the action that caused it was taken. */
export function InvitationNoticeView({ notice }: { notice: InvitationNotice }) {
  const t = useTranslations("admin.invitationNotice");
  switch (notice.kind) {
    case "issued":
      return <IssuedInvitationNotice issued={notice.issued} />;
    case "revoked":
      return <Alert tone="success">{t("revoked", { email: notice.email })}</Alert>;
    case "failed":
      return <Alert tone="error">{notice.message}</Alert>;
  }
}
