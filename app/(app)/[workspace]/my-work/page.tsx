import type { Metadata } from "next";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { roleHasPermission } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db/client";
import { listMyWork, type WorkItem } from "@/lib/notifications/my-work";
import { listNotifications } from "@/lib/notifications/load-notifications";
import { notificationMailSettings } from "@/lib/notifications/mail-notifications";
import { getNotificationPreferences } from "@/lib/notifications/settings";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/components/assets/format-time";
import { ASSET_KIND_LABELS, isKnownAssetKind } from "@/components/generate/asset-kinds";
import { NotificationList } from "@/components/notifications/notification-list";
import { NotificationSettingsForm } from "@/components/notifications/notification-settings-form";
import { WorkList, type WorkListItem } from "@/components/notifications/work-list";

export const metadata: Metadata = { title: "My work" };

const toListItems = (items: WorkItem[]): WorkListItem[] =>
  items.map((item) => ({ id: item.id, title: item.title, detail: `${isKnownAssetKind(item.kind) ? ASSET_KIND_LABELS[item.kind] : item.kind} · ${formatDateTime(item.updatedAt)}` }));

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { user, membership } = await requireWorkspacePage({ slug: workspace, permission: "asset:read" });
  const db = await getDb();
  const scope = { workspaceId: membership.workspaceId, userId: user.id };
  const work = await listMyWork(db, { ...scope, role: membership.role });
  const notifications = await listNotifications(db, scope);
  const preferences = await getNotificationPreferences(db, scope);
  const workspacePath = `/${membership.slug}`;

  return (
    <>
      <PageHeader title="My work" description="What waits for you in this workspace, and what happened to your work." />
      <div className="grid gap-4 lg:grid-cols-2">
        {roleHasPermission(membership.role, "asset:review") ? (
          <WorkList title="Waiting for my review" emptyText="Nothing waits for your review." items={toListItems(work.toReview)} workspacePath={workspacePath} />
        ) : null}
        <WorkList title="Sent back to me" emptyText="Nothing came back with changes requested." items={toListItems(work.sentBack)} workspacePath={workspacePath} />
        <WorkList title="My drafts" emptyText="You have no drafts." items={toListItems(work.drafts)} workspacePath={workspacePath} />
        <WorkList title="Recently published" emptyText="Nothing was published in the last two weeks." items={toListItems(work.published)} workspacePath={workspacePath} />
      </div>
      <div className="mt-6 space-y-6">
        <NotificationList
          workspaceId={membership.workspaceId}
          items={notifications.map((n) => ({ id: n.id, message: n.message, href: `${workspacePath}${n.path}`, createdAt: formatDateTime(n.createdAt), isRead: n.readAt !== null }))}
        />
        <NotificationSettingsForm workspaceId={membership.workspaceId} initial={preferences} isMailConfigured={notificationMailSettings() !== null} />
      </div>
    </>
  );
}
