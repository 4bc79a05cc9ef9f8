import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { roleHasPermission } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db/client";
import { listMyWork, type WorkItem } from "@/lib/notifications/my-work";
import { listNotifications } from "@/lib/notifications/load-notifications";
import { notificationMailSettings } from "@/lib/notifications/mail-notifications";
import { getNotificationPreferences } from "@/lib/notifications/settings";
import { PageHeader } from "@/components/ui/page-header";
import { isKnownAssetKind } from "@/components/generate/asset-kinds";
import { NotificationList } from "@/components/notifications/notification-list";
import { NotificationSettingsForm } from "@/components/notifications/notification-settings-form";
import { WorkList, type WorkListItem } from "@/components/notifications/work-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("myWork");
  return { title: t("title") };
}

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { user, membership } = await requireWorkspacePage({ slug: workspace, permission: "asset:read" });
  const db = await getDb();
  const scope = { workspaceId: membership.workspaceId, userId: user.id };
  const work = await listMyWork(db, { ...scope, role: membership.role });
  const notifications = await listNotifications(db, scope);
  const preferences = await getNotificationPreferences(db, scope);
  const workspacePath = `/${membership.slug}`;
  const t = await getTranslations("myWork");
  const common = await getTranslations("common");
  const kindLabel = await getTranslations("common.assetKind");
  const format = await getFormatter();
  // Times are shown in UTC (the formatter's time zone), and say so.
  const at = (date: Date) => common("timeZoneSuffix", { time: format.dateTime(date, "dateTime") });
  const toListItems = (items: WorkItem[]): WorkListItem[] =>
    items.map((item) => ({ id: item.id, title: item.title, detail: t("itemDetail", { kind: isKnownAssetKind(item.kind) ? kindLabel(item.kind) : item.kind, time: at(item.updatedAt) }) }));

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-4 lg:grid-cols-2">
        {roleHasPermission(membership.role, "asset:review") ? (
          <WorkList title={t("toReview.title")} emptyText={t("toReview.empty")} items={toListItems(work.toReview)} workspacePath={workspacePath} />
        ) : null}
        <WorkList title={t("sentBack.title")} emptyText={t("sentBack.empty")} items={toListItems(work.sentBack)} workspacePath={workspacePath} />
        <WorkList title={t("drafts.title")} emptyText={t("drafts.empty")} items={toListItems(work.drafts)} workspacePath={workspacePath} />
        <WorkList title={t("published.title")} emptyText={t("published.empty")} items={toListItems(work.published)} workspacePath={workspacePath} />
      </div>
      <div className="mt-6 space-y-6">
        <NotificationList
          workspaceId={membership.workspaceId}
          items={notifications.map((n) => ({ id: n.id, message: n.message, href: `${workspacePath}${n.path}`, createdAt: at(n.createdAt), isRead: n.readAt !== null }))}
        />
        <NotificationSettingsForm workspaceId={membership.workspaceId} initial={preferences} isMailConfigured={notificationMailSettings() !== null} />
      </div>
    </>
  );
}
