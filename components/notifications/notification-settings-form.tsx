"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { saveNotificationSettingsAction } from "@/app/(app)/[workspace]/my-work/actions";
import type { NotificationKind } from "@/lib/db/schema/notifications";
import { NOTIFICATION_KIND_LABELS } from "@/lib/notifications/describe-notification";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeActionError } from "@/components/ui/action-error";

export type NotificationSettingsValue = { emailImmediately: boolean; emailDailyDigest: boolean; mutedKinds: NotificationKind[] };

export function NotificationSettingsForm({ workspaceId, initial, isMailConfigured }: { workspaceId: string; initial: NotificationSettingsValue; isMailConfigured: boolean }) {
  const [value, setValue] = useState(initial);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const save = useAction(saveNotificationSettingsAction, {
    onSuccess: () => setNotice({ tone: "success", text: "Notification settings saved." }),
    onError: ({ error }) => setNotice({ tone: "error", text: describeActionError(error) ?? "The settings were not saved." }),
  });
  const kinds = Object.keys(NOTIFICATION_KIND_LABELS) as NotificationKind[];
  const toggleKind = (kind: NotificationKind, on: boolean) =>
    setValue((current) => ({ ...current, mutedKinds: on ? current.mutedKinds.filter((k) => k !== kind) : [...current.mutedKinds, kind] }));

  return (
    <section aria-labelledby="notification-settings-heading" className="space-y-3 rounded-md border border-slate-200 bg-white p-4">
      <h2 id="notification-settings-heading" className="text-lg font-semibold text-slate-900">
        Notification settings
      </h2>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          save.execute({ workspaceId, ...value });
        }}
      >
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">Tell me about</legend>
          {kinds.map((kind) => (
            <label key={kind} className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" checked={!value.mutedKinds.includes(kind)} onChange={(event) => toggleKind(kind, event.target.checked)} />
              {NOTIFICATION_KIND_LABELS[kind]}
            </label>
          ))}
        </fieldset>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">E-mail</legend>
          {isMailConfigured ? null : <p className="text-sm text-slate-600">This instance sends no mail (no SMTP server configured); notifications appear here only.</p>}
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" checked={value.emailImmediately} onChange={(event) => setValue({ ...value, emailImmediately: event.target.checked })} />
            Mail me each notification as it happens
          </label>
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" checked={value.emailDailyDigest} onChange={(event) => setValue({ ...value, emailDailyDigest: event.target.checked })} />
            Mail me a daily digest of unread notifications
          </label>
        </fieldset>
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
        <Button type="submit" disabled={save.isPending}>
          Save notification settings
        </Button>
      </form>
    </section>
  );
}
