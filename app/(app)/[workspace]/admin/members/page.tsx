import type { Metadata } from "next";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { listWorkspaceMembers } from "@/lib/workspaces/queries";
import { PageHeader } from "@/components/ui/page-header";
import { AddMemberForm } from "@/components/admin/add-member-form";
import { MembersTable } from "@/components/admin/members-table";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { user, membership } = await requireWorkspacePage({ slug: workspace, permission: "members:manage" });
  const members = await listWorkspaceMembers(await getDb(), { workspaceId: membership.workspaceId });
  return (
    <>
      <PageHeader title="Members" description={`People in ${membership.name} and their roles.`} />
      <div className="space-y-8">
        <AddMemberForm workspaceId={membership.workspaceId} />
        <MembersTable
          workspaceId={membership.workspaceId}
          currentUserId={user.id}
          members={members.map((m) => ({ userId: m.userId, email: m.email, name: m.name, role: m.role }))}
        />
      </div>
    </>
  );
}
