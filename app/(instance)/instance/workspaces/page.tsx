import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { listInstanceOwners } from "@/lib/workspaces/instance-owners";
import { requireInstanceOwnerPage } from "@/lib/workspaces/instance-page-guard";
import { listAllWorkspacesForInstanceOwner } from "@/lib/workspaces/instance-queries";
import { listMembershipsOfUser } from "@/lib/workspaces/queries";
import { PageHeader } from "@/components/ui/page-header";
import { WorkspacesManager } from "@/components/instance/workspaces-manager";
import { InstanceOwners } from "@/components/instance/instance-owners";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("instance.page");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function InstanceWorkspacesPage() {
  // The layout checks too; a page must not rely on its layout for access (they render in parallel).
  const user = await requireInstanceOwnerPage();
  const db = await getDb();
  const [workspaces, owners, memberships] = await Promise.all([
    listAllWorkspacesForInstanceOwner(db),
    listInstanceOwners(db),
    listMembershipsOfUser(db, { userId: user.id }),
  ]);
  const t = await getTranslations("instance.page");
  const memberOf = new Set(memberships.map((m) => m.workspaceId));
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
      />
      <div className="space-y-8">
        <WorkspacesManager
          deletionGraceDays={env.WORKSPACE_DELETION_GRACE_DAYS}
          workspaces={workspaces.map((w) => ({
            id: w.id,
            slug: w.slug,
            name: w.name,
            memberCount: w.memberCount,
            archivedAt: w.archivedAt?.toISOString() ?? null,
            deletionDueAt: w.deletionDueAt?.toISOString() ?? null,
            isMember: memberOf.has(w.id),
          }))}
        />
        <InstanceOwners
          currentUserId={user.id}
          owners={owners.map((o) => ({ userId: o.userId, email: o.email, name: o.name, disabled: o.disabledAt !== null }))}
        />
      </div>
    </>
  );
}
