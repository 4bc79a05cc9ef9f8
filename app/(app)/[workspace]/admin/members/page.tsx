import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { listWorkspaceInvitations } from "@/lib/invitations/queries";
import { listWorkspaceMembers } from "@/lib/workspaces/queries";
import { listFormerMembers } from "@/lib/data-protection/erasure/former-members";
import { PageHeader } from "@/components/ui/page-header";
import { getUtcDateTimeFormatter } from "@/lib/i18n/server-format";
import { InvitationsManager } from "@/components/admin/invitations-manager";
import { MembersTable } from "@/components/admin/members-table";
import { FormerMembersTable } from "@/components/admin/former-members-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.membersPage");
  return { title: t("title") };
}

export default async function MembersPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { user, membership } = await requireWorkspacePage({ slug: workspace, permission: "members:manage" });
  const [t, formatDateTime] = await Promise.all([getTranslations("admin.membersPage"), getUtcDateTimeFormatter()]);
  const db = await getDb();
  const [members, invitations, formerMembers] = await Promise.all([
    listWorkspaceMembers(db, { workspaceId: membership.workspaceId }),
    listWorkspaceInvitations(db, { workspaceId: membership.workspaceId }),
    listFormerMembers(db, { workspaceId: membership.workspaceId }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { workspace: membership.name })} />
      <div className="space-y-8">
        <InvitationsManager
          workspaceId={membership.workspaceId}
          invitations={invitations.map((i) => ({
            id: i.id,
            email: i.email,
            role: i.role,
            invitedByName: i.invitedByName,
            expiresAt: formatDateTime(i.expiresAt),
            state: i.state,
          }))}
        />
        <MembersTable
          workspaceId={membership.workspaceId}
          currentUserId={user.id}
          members={members.map((m) => ({ userId: m.userId, email: m.email, name: m.name, role: m.role }))}
        />
        <FormerMembersTable
          workspaceId={membership.workspaceId}
          formerMembers={formerMembers.map((f) => ({ userId: f.userId, name: f.name, email: f.email, lastSeenAt: formatDateTime(f.lastSeenAt) }))}
        />
      </div>
    </>
  );
}
