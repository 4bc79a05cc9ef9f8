"use client";

import Link from "next/link";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { markAllNotificationsReadAction, markNotificationsReadAction } from "@/app/(app)/[workspace]/my-work/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";
import type { describeActionError } from "@/components/ui/action-error";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { notificationValues, type NotificationMessage } from "@/lib/notifications/describe-notification";

export type NotificationItem = { id: string; message: NotificationMessage; href: string; createdAt: string; isRead: boolean };

export function NotificationList({ workspaceId, items }: { workspaceId: string; items: NotificationItem[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const t = useTranslations("notifications.list");
  const tMessage = useTranslations("notifications.messages");
  const tWord = useTranslations("notifications.defaults");
  const errorText = useActionErrorText();
  const sentence = (message: NotificationMessage) => tMessage(message.key, notificationValues(message, (key) => tWord(key)) as never);
  const callbacks = {
    onSuccess: () => {
      setError(null);
      router.refresh();
    },
    onError: ({ error }: { error: Parameters<typeof describeActionError>[0] }) => setError(errorText(error)),
  };
  const markRead = useAction(markNotificationsReadAction, callbacks);
  const markAll = useAction(markAllNotificationsReadAction, callbacks);
  const unread = items.filter((item) => !item.isRead).length;

  return (
    <section aria-labelledby="notifications-heading" className="space-y-3">
      <div className="flex items-center justify-between gap-3">
        <h2 id="notifications-heading" className="text-lg font-semibold text-slate-900">
          {t("heading")} {unread > 0 ? <span className="text-sm font-normal text-slate-600">{t("unreadCount", { count: unread })}</span> : null}
        </h2>
        <Button variant="secondary" disabled={unread === 0 || markAll.isPending} onClick={() => markAll.execute({ workspaceId })}>
          {t("markAllRead")}
        </Button>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white" data-testid="notification-list">
          {items.map((item) => (
            <li key={item.id} className="flex items-start justify-between gap-3 p-3" data-read={item.isRead ? "true" : "false"}>
              <div className="min-w-0">
                <p className={`text-sm ${item.isRead ? "text-slate-600" : "font-semibold text-slate-900"}`}>
                  {item.isRead ? null : <span className="sr-only">{t("unread")} </span>}
                  <Link href={item.href} className="underline-offset-2 hover:underline" onClick={() => (item.isRead ? undefined : markRead.execute({ workspaceId, ids: [item.id] }))}>
                    {sentence(item.message)}
                  </Link>
                </p>
                <p className="text-xs text-slate-600">{item.createdAt}</p>
              </div>
              {item.isRead ? null : (
                <Button variant="secondary" className="shrink-0" disabled={markRead.isPending} onClick={() => markRead.execute({ workspaceId, ids: [item.id] })} aria-label={t("markReadLabel", { sentence: sentence(item.message) })}>
                  {t("markRead")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
